using Scraper.Tests.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Output;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Resume;

/// <summary>`lookup --format anki --resume` against the local site: notes appended, headers once, each word once.</summary>
public sealed class AnkiResumeTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task An_Anki_file_cut_mid_note_is_resumed_with_the_headers_once_and_only_the_lost_and_unnoted_words_fetched()
    {
        // Arrange: a whole run with two unknown words, then the file cut in the middle of its fourth note
        var site = await workspace.StartSiteAsync(new LocalSiteOptions());
        string[] words = [.. Words(6), .. Words(2, "zzunknown")];
        var output = workspace.PathOf("cards.txt");
        Assert.Equal(1, (await LookupAsync(output, words)).ExitCode);
        var complete = AnkiFile.Parse(File.ReadAllText(output));
        Assert.Equal(6, complete.Notes.Count);
        var lines = File.ReadAllLines(output);
        var headerLines = complete.Headers.Count;
        var kept = lines.Take(headerLines + 3).Sum(l => l.Length + 1) + (lines[headerLines + 3].Length / 2);
        var bytes = File.ReadAllBytes(output);
        File.WriteAllBytes(output, bytes[..System.Text.Encoding.UTF8.GetByteCount(File.ReadAllText(output)[..kept])]);
        var lost = complete.Notes.Skip(3).Select(n => n[3][(n[3].LastIndexOf(':') + 1)..]).ToList();
        site.ResetStats();

        // Act
        var run = await LookupAsync(output, [.. words, "--resume"]);

        // Assert: the file as a whole run writes it, the found words kept not asked again; the unknown ones are
        // asked again, as an Anki file holds no note for them
        Assert.Equal(1, run.ExitCode);
        var resumed = AnkiFile.Parse(File.ReadAllText(output));
        Assert.Equal(complete.Headers, resumed.Headers);
        Assert.Equal(complete.Notes.Select(n => string.Join('\t', n)).Order(), resumed.Notes.Select(n => string.Join('\t', n)).Order());
        Assert.Equal(lost.Select(PathOf).Concat(Words(2, "zzunknown").Select(PathOf)).Order(), site.GetStats().AttemptsByPath.Keys.Order());
        Assert.Contains(run.ErrorLines, l => l.Contains("half-written last line", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resume_of_a_file_that_is_not_a_scraper_Anki_file_is_a_usage_error_and_leaves_it_alone()
    {
        var output = workspace.PathOf("deck.txt");
        await File.WriteAllTextAsync(output, "front\tback\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(["lookup", "alpha", "--resume", "--format", "anki", "-o", output, "--base-url", "http://127.0.0.1:9"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"scraper: cannot resume from '{output}': its first line is not the header of a scraper Anki file (#separator:tab)", Assert.Single(run.ErrorLines));
        Assert.Equal("front\tback\n", File.ReadAllText(output));
    }

    [Fact]
    public async Task An_Anki_file_cut_inside_its_headers_is_resumed_with_every_header_line_before_the_notes()
    {
        // Arrange: a crash during the first write (headers and first note go in one write) left part of the headers
        await workspace.StartSiteAsync(new LocalSiteOptions());
        var output = workspace.PathOf("cards.txt");
        await File.WriteAllTextAsync(output, "#separator:tab\n#html:true\n#colu", TestContext.Current.CancellationToken);

        // Act
        var run = await LookupAsync(output, [.. Words(2), "--resume"]);

        // Assert: the file reads as Anki reads it, every header once, then the two notes
        Assert.Equal(0, run.ExitCode);
        var file = AnkiFile.Parse(File.ReadAllText(output));
        Assert.Equal(["#separator:tab", "#html:true", "#columns:Front\tBack\tTags\tGuid", "#tags column:3", "#guid column:4"], file.Headers);
        Assert.Equal(2, file.Notes.Count);
    }

    [Fact]
    public async Task An_Anki_file_saved_again_with_windows_line_ends_is_resumed_without_asking_its_words_again()
    {
        // Arrange: a whole run, then the file saved by an editor that ends its lines with CR LF
        var site = await workspace.StartSiteAsync(new LocalSiteOptions());
        var output = workspace.PathOf("cards.txt");
        Assert.Equal(0, (await LookupAsync(output, Words(2))).ExitCode);
        await File.WriteAllTextAsync(output, File.ReadAllText(output).Replace("\n", "\r\n", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        site.ResetStats();

        // Act
        var run = await LookupAsync(output, [.. Words(3), "--resume"]);

        // Assert: only the new word asked; Anki reads every note (a CR before a line's end is no part of a field)
        Assert.Equal(0, run.ExitCode);
        Assert.Equal([PathOf(Words(3)[2])], site.GetStats().AttemptsByPath.Keys);
        var file = AnkiFile.Parse(File.ReadAllText(output).Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(3, file.Notes.Count);
    }

    private Task<CliRun> LookupAsync(string output, string[] wordsAndOptions) =>
        CliRun.RunAsync(["lookup", .. wordsAndOptions, "--format", "anki", "-o", output, "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);
}
