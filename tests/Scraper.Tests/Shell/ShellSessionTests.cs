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

        // Assert
        Assert.Equal(0, shell.ExitCode);
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

    [Fact]
    public async Task An_unknown_site_or_command_is_one_line_with_a_suggestion_and_the_shell_goes_on()
    {
        // Act
        var run = await RunAsync(":site cambrige\n:fromat json\napple\n");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["unknown site 'cambrige'; did you mean 'cambridge'? (:site lists them)", "unknown command ':fromat'; did you mean ':format'? (:help lists them)"],
            run.ErrorLines);
        Assert.Contains("a round fruit", run.Out, StringComparison.Ordinal);
        Assert.Equal(["/us/dictionary/american/apple"], site.GetStats().AttemptsByPath.Keys);
    }

    [Fact]
    public async Task A_number_with_no_suggestions_or_out_of_range_is_one_line_and_looks_nothing_up()
    {
        // Act
        var run = await RunAsync("3\nzzpear\n11\n0\n");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["3: no suggestions to choose from (a word not found offers them)", "11: choose a suggestion from 1 to 10", "0: choose a suggestion from 1 to 10"],
            run.ErrorLines);
        Assert.Single(site.GetStats().AttemptsByPath);
    }

    [Fact]
    public async Task Format_json_prints_one_result_object_a_line_and_blank_and_comment_lines_do_nothing()
    {
        // Act
        var run = await RunAsync(":format json\n\n# a comment\n   \napple\nzzpear\n");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var results = run.OutLines.Select(Scraper.Output.ResultJson.Deserialize).ToList();
        Assert.Equal(["apple", "zzpear"], results.Select(r => r.Keyword));
        Assert.Equal(["format: json"], run.ErrorLines);
    }

    private Task<CliRun> RunAsync(string lines) =>
        CliRun.RunAsync(lines, console => console with { Folders = home.Folders }, "shell", "--base-url", site.BaseUrl.AbsoluteUri, "--base-url", $"macmillan-uk={site.BaseUrl.AbsoluteUri}");
}
