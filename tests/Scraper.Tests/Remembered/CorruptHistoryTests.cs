using Scraper.Cli;
using Scraper.LocalSite;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Remembered;

/// <summary>A history file that a crash or another program spoiled: the lookups go on, `scraper history` lists the good lines.</summary>
public sealed class CorruptHistoryTests : IDisposable
{
    private readonly TestHome home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task A_lookup_on_a_spoiled_history_answers_without_a_warning_and_history_lists_the_good_lines_and_counts_the_rest()
    {
        // Arrange: garbage, then a line cut by a crash (no newline at the end)
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(home.HistoryPath)!);
        await File.WriteAllBytesAsync(home.HistoryPath, [0x00, 0xFF, 0x1B, (byte)'[', (byte)'2', (byte)'J', (byte)'\n', (byte)'{', (byte)'"', (byte)'a'], TestContext.Current.CancellationToken);

        // Act
        var lookup = await home.RunAsync("lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri);
        var history = await home.RunAsync("history");

        // Assert
        Assert.Equal(0, lookup.ExitCode);
        Assert.DoesNotContain("history", lookup.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, history.ExitCode);
        Assert.Matches("  apple  macmillan  found$", Assert.Single(history.OutLines));
        Assert.Equal([$"scraper: skipped 2 line(s) of '{home.HistoryPath}' that are not history entries"], history.ErrorLines);
    }

    [Fact]
    public async Task A_folder_where_the_history_should_be_is_exit_2_not_an_empty_history()
    {
        Directory.CreateDirectory(home.HistoryPath);

        var run = await home.RunAsync("history");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal([$"scraper: cannot read the history '{home.HistoryPath}': a folder stands where the history file should be"], run.ErrorLines);
        Assert.Equal("", run.Out);
    }
}
