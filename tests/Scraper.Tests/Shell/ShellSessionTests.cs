using Scraper.LocalSite;
using Scraper.Tests.Remembered;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Shell;

/// <summary>`scraper shell` in-process with lines on stdin: what each kind of line does, and what is remembered.</summary>
public sealed class ShellSessionTests : IAsyncLifetime
{
    private readonly TestHome home = new();
    private Site site = null!;

    public async ValueTask InitializeAsync() => site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await site.DisposeAsync();
        home.Dispose();
    }

    [Fact]
    public async Task Lookups_made_in_the_shell_are_listed_by_scraper_history_with_their_site()
    {
        // Act
        var shell = await RunAsync("apple\n:site macmillan-uk\nzzpear\n");
        var history = await home.RunAsync("history");

        // Assert: zzpear is not in the dictionary, so the piped shell ends as lookup would, with 1
        Assert.Equal(1, shell.ExitCode);
        var lines = history.OutLines;
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"zzpear\s+macmillan-uk\s+not-found$", lines[0]);
        Assert.Matches(@"apple\s+macmillan\s+found$", lines[1]);
    }

    [Fact]
    public async Task Quit_ends_the_shell_with_0_and_the_lines_after_it_are_not_read()
    {
        // Act
        var run = await RunAsync("apple\n:quit\nbanana\n");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("a round fruit", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("/us/dictionary/american/banana", site.GetStats().AttemptsByPath.Keys);
    }

    // On a terminal each of these is one line and the shell goes on (ShellTerminalTests); a script is not there to
    // read the line, so its words would go to a site or format it did not ask for: the shell stops with 2 instead.
    [Theory]
    [InlineData("apple\n:site cambrige\nbanana\n", "line 2: unknown site 'cambrige'; did you mean 'cambridge'? (:site lists them)")]
    [InlineData("apple\n:fromat json\nbanana\n", "line 2: unknown command ':fromat'; did you mean ':format'? (:help lists them)")]
    [InlineData("apple\n:format xml\nbanana\n", "line 2: unknown format 'xml'; choose :format table|json")]
    [InlineData("apple\n:history -1\nbanana\n", "line 2: :history takes a number of words from 1 up, not '-1'")]
    [InlineData("apple\n3\nbanana\n", "line 2: 3: no suggestions to choose from (a word not found offers them)")]
    [InlineData("zzpear\n11\nbanana\n", "line 2: 11: choose a suggestion from 1 to 10")]
    [InlineData("zzpear\n+1\nbanana\n", "line 2: +1: choose a suggestion from 1 to 10")]
    [InlineData("apple\n-2\nbanana\n", "line 2: -2: no suggestions to choose from (a word not found offers them)")]
    [InlineData("apple\n:quit now\nbanana\n", "line 2: :quit takes nothing after it, not 'now'")]
    [InlineData("apple\n:help me\nbanana\n", "line 2: :help takes nothing after it, not 'me'")]
    [InlineData("apple\n:play loud\nbanana\n", "line 2: :play takes nothing after it, not 'loud'")]
    public async Task A_mistaken_line_of_piped_input_stops_the_shell_with_2_and_one_line_after_what_it_printed(string lines, string said)
    {
        // Act
        var run = await RunAsync(lines);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"scraper: stopped at input {said}"], run.ErrorLines);
        Assert.Equal(lines.StartsWith("apple", StringComparison.Ordinal), run.Out.Contains("a round fruit", StringComparison.Ordinal));
        Assert.DoesNotContain("/us/dictionary/american/banana", site.GetStats().AttemptsByPath.Keys);
    }

    [Fact]
    public async Task Format_json_prints_one_result_object_a_line_and_blank_and_comment_lines_do_nothing()
    {
        // Act
        var run = await RunAsync(":format json\n\n# a comment\n   \napple\nzzpear\n");

        // Assert
        Assert.Equal(1, run.ExitCode);
        var results = run.OutLines.Select(Scraper.Output.ResultJson.Deserialize).ToList();
        Assert.Equal(["apple", "zzpear"], results.Select(r => r.Keyword));
        Assert.Equal(["format: json"], run.ErrorLines);
    }

    [Fact]
    public async Task A_history_count_past_what_a_number_holds_lists_every_word_rather_than_call_it_a_mistake()
    {
        // Act
        var run = await RunAsync("apple\nzzpear\n:history 99999999999\n");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.Matches(@"zzpear\s+macmillan\s+not-found$", run.ErrorLines[0]);
        Assert.Matches(@"apple\s+macmillan\s+found$", run.ErrorLines[1]);
    }

    [Theory]
    [InlineData(new byte[] { 0xE9 }, "line 2: it is not UTF-8 text (bad bytes at byte 3 of the line)")]
    [InlineData(new byte[] { 0xC3 }, "line 2: it is not UTF-8 text (bad bytes at byte 3 of the line)")]
    [InlineData(new byte[] { 0x00 }, "line 2: it holds a NUL byte, so the input is not text")]
    public async Task A_piped_line_that_is_not_utf8_text_stops_the_shell_with_2_rather_than_look_up_what_is_left_of_it(byte[] bad, string said)
    {
        // Arrange: "caf" and a bad byte, then "e"; what is left of the line once the byte is replaced or dropped is a word
        byte[] input = [.. "apple\ncaf"u8, .. bad, .. "e\nbanana\n"u8];

        // Act
        var run = await CliRun.RunAsync("", console => console with { Folders = home.Folders, OpenStdin = () => new MemoryStream(input) }, "shell", "--base-url", site.BaseUrl.AbsoluteUri);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"scraper: stopped at input {said}"], run.ErrorLines);
        Assert.Contains("a round fruit", run.Out, StringComparison.Ordinal);
        Assert.Equal(["/us/dictionary/american/apple"], site.GetStats().AttemptsByPath.Keys);
    }

    [Fact]
    public async Task Escape_sequences_pasted_with_a_word_are_dropped_whole_before_the_lookup_and_the_history()
    {
        // Act: a coloured word, a window title, and a word inside a bracketed paste's markers
        var run = await RunAsync("\u001b[1;31mapple\u001b[0m\n\u001b]0;title\u0007zzpear\n\u001b[200~banana\u001b[201~\n");
        var history = await home.RunAsync("history");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["/us/dictionary/american/apple", "/us/dictionary/american/banana", "/us/dictionary/american/zzpear"],
            site.GetStats().AttemptsByPath.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["banana", "zzpear", "apple"], history.OutLines.Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries)[1].Trim()));
    }

    private Task<CliRun> RunAsync(string lines) =>
        CliRun.RunAsync(lines, console => console with { Folders = home.Folders }, "shell", "--base-url", site.BaseUrl.AbsoluteUri, "--base-url", $"macmillan-uk={site.BaseUrl.AbsoluteUri}");
}
