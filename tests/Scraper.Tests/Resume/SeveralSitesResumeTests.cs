using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Tests.Support;

namespace Scraper.Tests.Resume;

/// <summary>
/// --resume of a run over several sites keys on (site, word): a resumed run asks each server for exactly the pairs the
/// file lacks, or holds as failed, and never for another.
/// </summary>
public sealed class SeveralSitesResumeTests : IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private readonly string[] words = BatchFiles.Words(10, "pair");
    private FixtureServer american = null!;
    private FixtureServer british = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        american = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        british = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
    }

    public async ValueTask DisposeAsync()
    {
        await american.DisposeAsync();
        await british.DisposeAsync();
        directory.Dispose();
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public async Task Resume_asks_only_for_the_pairs_that_failed_on_their_own_site(string format)
    {
        // Arrange: the British site fails two words; the American one has them all.
        var output = Path.Combine(directory.Path, "out." + format);
        british.Script("/dictionary/british/pair03", FixtureResponse.WithStatus(503), FixtureResponse.Page("florp_1.html"));
        british.Script("/dictionary/british/pair07", FixtureResponse.WithStatus(503), FixtureResponse.Page("florp_1.html"));
        var first = await LookupAsync("macmillan,macmillan-uk", format, output);
        var (americanBefore, britishBefore) = (american.TotalRequests, british.TotalRequests);

        // CSV cannot tell whether a crash left all of the last pair's rows, so that pair is asked for again too.
        var last = File.ReadAllText(output).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[^1].Split(',');
        var (lastAmerican, lastBritish) = format == "csv" && last[1] == "found"
            ? (last[^1] == "macmillan" ? (string[])["/us/dictionary/american/" + last[0]] : [], last[^1] == "macmillan-uk" ? (string[])["/dictionary/british/" + last[0]] : [])
            : ([], []);

        // Act
        var resumed = await LookupAsync("macmillan,macmillan-uk", format, output, "--resume");

        // Assert
        Assert.Equal(3, first.ExitCode);
        Assert.Equal(lastAmerican, american.RequestTargets.Skip(americanBefore));
        Assert.Equal(
            lastBritish.Concat(["/dictionary/british/pair03", "/dictionary/british/pair07"]).Order(StringComparer.Ordinal),
            british.RequestTargets.Skip(britishBefore).Order(StringComparer.Ordinal));
        Assert.Equal(0, resumed.ExitCode);
        var todo = 2 + lastAmerican.Length + lastBritish.Length;
        Assert.Contains($"{20 - todo} of 20 results already there, {todo} to look up", resumed.Error, StringComparison.Ordinal);
        AssertEveryPairOnce(output, format, ["macmillan", "macmillan-uk"]);
    }

    [Fact]
    public async Task A_site_added_to_a_resumed_run_asks_that_site_for_every_word_and_the_first_for_none()
    {
        // Arrange: a run of one site, then the same file resumed with a second site.
        var output = Path.Combine(directory.Path, "out.jsonl");
        await LookupAsync("macmillan", "jsonl", output);
        var americanBefore = american.TotalRequests;

        // Act
        var resumed = await LookupAsync("macmillan,macmillan-uk", "jsonl", output, "--resume");

        // Assert
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(0, american.TotalRequests - americanBefore);
        Assert.Equal(words.Length, british.TotalRequests);
        AssertEveryPairOnce(output, "jsonl", ["macmillan", "macmillan-uk"]);
    }

    [Fact]
    public async Task Resuming_a_two_site_file_with_one_site_retries_only_that_sites_failures_and_keeps_every_line_of_the_other()
    {
        // Arrange: each site fails a word of its own in the first run.
        var output = Path.Combine(directory.Path, "out.jsonl");
        american.Script("/us/dictionary/american/pair02", FixtureResponse.WithStatus(503), FixtureResponse.Page("florp_1.html"));
        british.Script("/dictionary/british/pair05", FixtureResponse.WithStatus(503), FixtureResponse.Page("florp_1.html"));
        await LookupAsync("macmillan,macmillan-uk", "jsonl", output);
        var britishLines = File.ReadAllLines(output).Where(l => l.Contains("\"site\":\"macmillan-uk\"", StringComparison.Ordinal)).ToList();
        var (americanBefore, britishBefore) = (american.TotalRequests, british.TotalRequests);

        // Act
        var resumed = await LookupAsync("macmillan", "jsonl", output, "--resume");

        // Assert: the American failure is asked again, nothing British is, and the British lines are all still there.
        Assert.Equal(["/us/dictionary/american/pair02"], american.RequestTargets.Skip(americanBefore));
        Assert.Equal(britishBefore, british.TotalRequests);
        Assert.Equal(words.Length, britishLines.Count);
        Assert.Equal(britishLines, File.ReadAllLines(output).Where(l => l.Contains("\"site\":\"macmillan-uk\"", StringComparison.Ordinal)));
        Assert.Single(File.ReadAllLines(output), l => l.Contains("\"keyword\":\"pair02\"", StringComparison.Ordinal) && l.Contains("\"site\":\"macmillan\"", StringComparison.Ordinal) && l.Contains("\"status\":\"found\"", StringComparison.Ordinal));
        Assert.Equal(0, resumed.ExitCode);
    }

    [Fact]
    public async Task A_jsonl_file_written_before_results_named_their_site_resumes_for_one_site()
    {
        // Arrange: the lines of an earlier scraper, without "site".
        var output = Path.Combine(directory.Path, "out.jsonl");
        File.WriteAllLines(output, words[..4].Select(w => $$"""{"keyword":"{{w}}","url":"http://x/{{w}}","status":"found","httpStatus":200,"attempts":1,"elapsedMs":1.0,"entries":[],"suggestions":[],"error":null}"""));

        // Act
        var resumed = await LookupAsync("macmillan", "jsonl", output, "--resume");

        // Assert
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(words[4..].Select(w => "/us/dictionary/american/" + w), american.RequestTargets.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_jsonl_file_without_sites_cannot_be_resumed_by_several_sites()
    {
        // Arrange
        var output = Path.Combine(directory.Path, "out.jsonl");
        File.WriteAllText(output, """{"keyword":"pair00","url":"http://x/","status":"found","entries":[],"suggestions":[],"error":null}""" + "\n");

        // Act
        var resumed = await LookupAsync("macmillan,macmillan-uk", "jsonl", output, "--resume");

        // Assert
        Assert.Equal(2, resumed.ExitCode);
        Assert.Equal(
            $"scraper: cannot resume from '{output}': line 1 names no site, so it cannot be matched with one of this run's 2 sites: resume it with the one --site it was written with",
            Assert.Single(resumed.ErrorLines));
        Assert.Equal(0, american.TotalRequests + british.TotalRequests);
    }

    [Fact]
    public async Task A_csv_file_written_before_the_site_column_stops_with_one_line_and_is_left_as_it_was()
    {
        // Arrange
        var output = Path.Combine(directory.Path, "out.csv");
        var old = "keyword,status,url,httpStatus,attempts,elapsedMs,headword,homograph,partOfSpeech,pronunciation,sense,definition,examples,suggestions,error\r\n"
            + "pair00,found,http://x/,200,1,1.0,florp,1,noun,,1,a thing,,,\r\n";
        File.WriteAllText(output, old);

        // Act
        var resumed = await LookupAsync("macmillan", "csv", output, "--resume");

        // Assert
        Assert.Equal(2, resumed.ExitCode);
        Assert.Contains("without the site column", Assert.Single(resumed.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(old, File.ReadAllText(output));
        Assert.Equal(0, american.TotalRequests);
    }

    [Fact]
    public async Task An_anki_deck_of_two_sites_tags_each_note_with_its_site_and_resumes_by_site()
    {
        // Arrange: the British site fails one word, so the deck lacks that note.
        var output = Path.Combine(directory.Path, "cards.txt");
        british.Script("/dictionary/british/pair05", FixtureResponse.WithStatus(503), FixtureResponse.Page("florp_1.html"));
        await LookupAsync("macmillan,macmillan-uk", "anki", output);
        var notes = File.ReadAllLines(output).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')).ToList();
        var (americanBefore, britishBefore) = (american.TotalRequests, british.TotalRequests);

        // Act
        var resumed = await LookupAsync("macmillan,macmillan-uk", "anki", output, "--resume");

        // Assert
        Assert.Equal(19, notes.Count);
        Assert.Equal(10, notes.Count(n => n[2] == "macmillan"));
        Assert.Equal(9, notes.Count(n => n[2] == "macmillan-uk"));
        Assert.Contains(notes, n => n[3] == "scraper:macmillan-uk:pair04");
        Assert.Equal(0, american.TotalRequests - americanBefore);
        Assert.Equal(["/dictionary/british/pair05"], british.RequestTargets.Skip(britishBefore));
        Assert.Equal(0, resumed.ExitCode);
    }

    private Task<CliRun> LookupAsync(string sites, string format, string output, params string[] more) =>
        CliRun.RunWithStdinAsync(
            string.Join('\n', words),
            [
                "lookup", "-f", "-", "--format", format, "-o", output, "--homographs", "first", "--retries", "0", "--site", sites,
                "--base-url", $"macmillan={american.BaseUrl.AbsoluteUri}",
                .. sites.Contains("macmillan-uk", StringComparison.Ordinal) ? (string[])["--base-url", $"macmillan-uk={british.BaseUrl.AbsoluteUri}"] : [],
                .. more,
            ]);

    private void AssertEveryPairOnce(string output, string format, string[] sites)
    {
        var pairs = format == "jsonl"
            ? File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).Select(r => (r.GetProperty("keyword").GetString()!, r.GetProperty("site").GetString()!, r.Status())).ToList()
            : File.ReadAllText(output).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(l => l.Split(',')).Select(f => (f[0], f[^1], f[1])).Distinct().ToList();
        Assert.Equal(
            words.SelectMany(w => sites.Select(s => (w, s, "found"))).Order(),
            pairs.Order());
    }
}
