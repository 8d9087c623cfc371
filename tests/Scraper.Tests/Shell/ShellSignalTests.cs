using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Shell;

/// <summary>SIGINT (Ctrl+C) reaching the built `scraper shell` whose input is a pipe.</summary>
public sealed class ShellSignalTests : IDisposable
{
    private readonly TempDirectory home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task During_a_lookup_it_cancels_that_lookup_the_next_line_is_read_and_the_shell_ends_with_130()
    {
        // Arrange: every page takes 3 s, so the lookup is surely under way when the signal comes
        await using var site = await Site.StartAsync(new LocalSiteOptions { LatencyMs = 3000 }, TestContext.Current.CancellationToken);
        using var shell = ShellProcess.Piped(home.Path, "--base-url", site.BaseUrl.AbsoluteUri);
        await shell.TypeAsync("banana\n");
        await shell.WaitUntilAsync(() => site.GetStats().AttemptsByPath.ContainsKey("/us/dictionary/american/banana"), "the request for banana");

        // Act
        await shell.InterruptAsync();
        await shell.WaitForErrorAsync("banana: cancelled");
        await shell.TypeAsync("apple\n");
        await shell.WaitForOutAsync("a round fruit");
        shell.CloseInput();

        // Assert: banana has no result in the output, so the script's shell does not end 0
        Assert.Equal(130, await shell.ExitCodeAsync());
        Assert.DoesNotContain("a long curved fruit", shell.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_it_waits_for_a_line_it_ends_the_shell_with_130()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        using var shell = ShellProcess.Piped(home.Path, "--base-url", site.BaseUrl.AbsoluteUri);
        await shell.TypeAsync("apple\n");
        await shell.WaitForOutAsync("a round fruit");

        // Act
        await shell.InterruptAsync();

        // Assert
        Assert.Equal(130, await shell.ExitCodeAsync());
    }
}
