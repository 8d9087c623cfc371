using Scraper.Tests.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Resume;

/// <summary>`lookup --resume` against the local site: after a crash, and after failures, every word ends up once.</summary>
public sealed class ResumeTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task Jsonl_cut_mid_line_by_a_crash_is_resumed_with_each_word_once_and_only_the_lost_words_fetched()
    {
        // Arrange: a whole run, then the file cut in the middle of its eighth line, as a crash would leave it
        var site = await workspace.StartSiteAsync(new LocalSiteOptions());
        var words = Words(12);
        var output = workspace.PathOf("out.jsonl");
        Assert.Equal(0, (await LookupAsync(output, "jsonl", words)).ExitCode);
        var lines = File.ReadAllLines(output);
        var kept = lines.Take(7).Sum(l => l.Length + 1) + (lines[7].Length / 2);
        File.WriteAllBytes(output, File.ReadAllBytes(output)[..kept]);
        var lost = lines.Skip(7).Select(l => JsonlWordOf(l)).ToHashSet();
        site.ResetStats();

        // Act
        var run = await LookupAsync(output, "jsonl", [.. words, "--resume"]);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var results = JsonlWords(output);
        Assert.Equal(words.Order(), results.Select(r => r.Keyword).Order());
        Assert.All(results, r => Assert.Equal("found", r.Status));
        Assert.Equal(lost.Select(PathOf).Order(), site.GetStats().AttemptsByPath.Keys.Order());
        Assert.Contains(run.ErrorLines, l => l.Contains("half-written last line", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_cut_mid_row_by_a_crash_is_resumed_with_each_word_once_and_whole()
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions());
        var words = Words(10);
        var output = workspace.PathOf("out.csv");
        Assert.Equal(0, (await LookupAsync(output, "csv", [.. words, "-c", "1"])).ExitCode);
        var complete = CsvWords(output);
        var bytes = File.ReadAllBytes(output);
        File.WriteAllBytes(output, bytes[..(bytes.Length * 2 / 3)]);
        site.ResetStats();

        // Act
        var run = await LookupAsync(output, "csv", [.. words, "--resume"]);

        // Assert
        Assert.Equal(0, run.ExitCode);
        var resumed = CsvWords(output);
        Assert.Equal(words.Order(), resumed.Select(w => w.Keyword).Order());
        Assert.Equal(complete.ToDictionary(w => w.Keyword, w => w.Rows), resumed.ToDictionary(w => w.Keyword, w => w.Rows));
        var fetched = site.GetStats().AttemptsByPath.Keys.ToList();
        Assert.InRange(fetched.Count, 1, words.Length - 1);
        Assert.Contains(PathOf(complete[^1].Keyword), fetched);
    }

    [Fact]
    public async Task Resume_sends_no_request_for_found_or_not_found_words_and_looks_the_failed_ones_up_again()
    {
        // Arrange: a site that answers 503 to about half the paths on their first attempt, and no retries
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { FailRate = 0.5 });
        string[] words = [.. Words(16), .. Words(4, "zzunknown")];
        var output = workspace.PathOf("out.jsonl");
        Assert.Equal(3, (await LookupAsync(output, "jsonl", [.. words, "--retries", "0"])).ExitCode);
        var first = JsonlWords(output);
        var failed = first.Where(r => r.Status == "failed").Select(r => r.Keyword).ToList();
        Assert.NotEmpty(failed);
        Assert.Contains(first, r => r.Status == "not-found");
        Assert.Contains(first, r => r.Status == "found");
        site.ResetStats();

        // Act
        var run = await LookupAsync(output, "jsonl", [.. words, "--resume"]);

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(failed.Select(PathOf).Order(), site.GetStats().AttemptsByPath.Keys.Order());
        var results = JsonlWords(output);
        Assert.Equal(words.Order(), results.Select(r => r.Keyword).Order());
        Assert.All(results, r => Assert.Equal(r.Keyword.StartsWith("zz", StringComparison.Ordinal) ? "not-found" : "found", r.Status));
    }

    [Fact]
    public async Task Resume_of_a_file_that_has_every_word_fetches_nothing_and_ends_with_the_whole_list_exit_code()
    {
        var site = await workspace.StartSiteAsync(new LocalSiteOptions());
        string[] words = ["alpha", "zzunknown"];
        var output = workspace.PathOf("out.jsonl");
        await LookupAsync(output, "jsonl", words);
        var before = File.ReadAllText(output);
        site.ResetStats();

        var run = await LookupAsync(output, "jsonl", [.. words, "--resume"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(0, site.GetStats().Requests);
        Assert.Equal(before, File.ReadAllText(output));
        Assert.Contains(run.ErrorLines, l => l.Contains("2 more words were already in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_resume_an_existing_output_file_is_replaced()
    {
        await workspace.StartSiteAsync(new LocalSiteOptions());
        var output = workspace.PathOf("out.jsonl");
        await File.WriteAllTextAsync(output, "old content\n", Cancellation);

        var run = await LookupAsync(output, "jsonl", ["alpha"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([("alpha", "found")], JsonlWords(output));
    }

    [Theory]
    [InlineData("jsonl", false, "scraper: --resume needs -o FILE: the jsonl, csv or anki file to continue")]
    [InlineData("json", true, "scraper: --resume needs --format jsonl, csv or anki, the formats written word by word")]
    [InlineData("markdown", true, "scraper: --resume needs --format jsonl, csv or anki, the formats written word by word")]
    [InlineData("table", true, "scraper: -o '{out}': a table is for the terminal and is not written to a file; give --format json|jsonl|csv|anki|markdown (or name the file .anki.txt, .csv, .json, .jsonl, .md)")]
    public async Task Resume_without_a_jsonl_or_csv_output_file_is_a_usage_error(string format, bool withOutput, string message)
    {
        string[] output = withOutput ? ["-o", workspace.PathOf("out")] : [];

        var run = await CliRun.RunAsync(["lookup", "alpha", "--resume", "--format", format, "--base-url", "http://127.0.0.1:9", .. output]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(message.Replace("{out}", workspace.PathOf("out"), StringComparison.Ordinal), Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Resume_of_a_file_that_is_not_a_results_file_is_a_usage_error_and_leaves_it_alone()
    {
        var output = workspace.PathOf("notes.jsonl");
        await File.WriteAllTextAsync(output, "my notes\n", Cancellation);

        var run = await CliRun.RunAsync(["lookup", "alpha", "--resume", "--format", "jsonl", "-o", output, "--base-url", "http://127.0.0.1:9"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"scraper: cannot resume from '{output}': line 1 is not a result (a JSON object with a keyword and a status)", Assert.Single(run.ErrorLines));
        Assert.Equal("my notes\n", File.ReadAllText(output));
    }

    private Task<CliRun> LookupAsync(string output, string format, string[] wordsAndOptions) =>
        CliRun.RunAsync(["lookup", .. wordsAndOptions, "--format", format, "-o", output, "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);

    private static string JsonlWordOf(string line) => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("keyword").GetString()!;
}
