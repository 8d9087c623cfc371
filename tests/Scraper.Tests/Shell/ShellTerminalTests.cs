using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Shell;

/// <summary>The built `scraper shell` on a real pseudo-terminal (util-linux `script`): keys as a person types them.</summary>
public sealed class ShellTerminalTests : IDisposable
{
    private const string Prompt = "macmillan> ";
    private const string Up = "\x1b[A";
    private const string Backspace = "\x7f";
    private const string CtrlC = "\x03";
    private const string CtrlD = "\x04";
    private readonly TempDirectory home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task A_typo_fixed_with_backspace_is_looked_up_the_up_arrow_recalls_it_in_this_and_the_next_session_and_ctrl_d_leaves()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        var history = Path.Combine(home.Path, ".local", "share", "scraper", "shell-history");

        // Act: the first session
        using (var first = ShellProcess.OnTerminal(home.Path, "--base-url", site.BaseUrl.AbsoluteUri, "--no-cache"))
        {
            await first.WaitForOutAsync(Prompt);
            await first.TypeAsync($"applw{Backspace}e\r");
            await first.WaitForOutAsync("a round fruit");
            await first.WaitForOutAsync(Prompt, times: 2);
            await first.TypeAsync($"{Up}\r");
            await first.WaitForOutAsync("a round fruit", times: 2);
            await first.WaitForOutAsync(Prompt, times: 3);
            await first.TypeAsync(CtrlD);
            Assert.Equal(0, await first.ExitCodeAsync());
        }

        // the second session: the up arrow brings back the first one's line
        using var second = ShellProcess.OnTerminal(home.Path, "--base-url", site.BaseUrl.AbsoluteUri, "--no-cache");
        await second.WaitForOutAsync(Prompt);
        await second.TypeAsync($"{Up}\r");
        await second.WaitForOutAsync("a round fruit");
        await second.WaitForOutAsync(Prompt, times: 2);
        await second.TypeAsync(CtrlD);

        // Assert
        Assert.Equal(0, await second.ExitCodeAsync());
        Assert.Equal(["apple"], await File.ReadAllLinesAsync(history, TestContext.Current.CancellationToken));
        Assert.Equal(3, site.GetStats().AttemptsByPath["/us/dictionary/american/apple"]);
    }

    [Fact]
    public async Task Escape_sequences_pasted_at_the_prompt_are_dropped_whole_so_the_word_is_looked_up_and_kept_as_typed()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        var history = Path.Combine(home.Path, ".local", "share", "scraper", "shell-history");
        using var shell = ShellProcess.OnTerminal(home.Path, "--base-url", site.BaseUrl.AbsoluteUri, "--no-cache");
        await shell.WaitForOutAsync(Prompt);

        // Act: a coloured word pasted from another terminal, then a word inside a bracketed paste's markers
        await shell.TypeAsync("\x1b[1;31mapple\x1b[0m\r");
        await shell.WaitForOutAsync("a round fruit");
        await shell.WaitForOutAsync(Prompt, times: 2);
        await shell.TypeAsync("\x1b[200~banana\x1b[201~\r");
        await shell.WaitForOutAsync(Prompt, times: 3);
        await shell.TypeAsync(CtrlD);

        // Assert
        Assert.Equal(0, await shell.ExitCodeAsync());
        Assert.Equal(["apple", "banana"], await File.ReadAllLinesAsync(history, TestContext.Current.CancellationToken));
        Assert.Equal(
            ["/us/dictionary/american/apple", "/us/dictionary/american/banana"],
            site.GetStats().AttemptsByPath.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task On_a_terminal_a_mistake_or_a_word_not_found_is_said_and_the_shell_goes_on_on_its_site_and_leaves_with_0()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        using var shell = ShellProcess.OnTerminal(home.Path, "--base-url", site.BaseUrl.AbsoluteUri, "--no-cache");
        await shell.WaitForOutAsync(Prompt);

        // Act
        await shell.TypeAsync(":site macmillan-uk,cambrige\r");
        await shell.WaitForOutAsync("did you mean 'cambridge'?");
        await shell.TypeAsync("zzpear\r");
        await shell.WaitForOutAsync(": not in the dictionary");
        await shell.TypeAsync("apple\r");
        await shell.WaitForOutAsync("a round fruit");
        await shell.WaitForOutAsync(Prompt, times: 4);
        await shell.TypeAsync(CtrlD);

        // Assert: still on macmillan, whose American pages answered
        Assert.Equal(0, await shell.ExitCodeAsync());
        Assert.Contains("/us/dictionary/american/apple", site.GetStats().AttemptsByPath.Keys);
        Assert.DoesNotContain("/dictionary/british/apple", site.GetStats().AttemptsByPath.Keys);
    }

    [Fact]
    public async Task Ctrl_c_during_a_slow_lookup_cancels_it_and_the_shell_goes_on()
    {
        // Arrange: every page takes 3 s, so the lookup is surely under way when Ctrl+C comes
        await using var site = await Site.StartAsync(new LocalSiteOptions { LatencyMs = 3000 }, TestContext.Current.CancellationToken);
        using var shell = ShellProcess.OnTerminal(home.Path, "--base-url", site.BaseUrl.AbsoluteUri);
        await shell.WaitForOutAsync(Prompt);
        await shell.TypeAsync("banana\r");
        await shell.WaitUntilAsync(() => site.GetStats().AttemptsByPath.ContainsKey("/us/dictionary/american/banana"), "the request for banana");

        // Act
        await shell.TypeAsync(CtrlC);
        await shell.WaitForOutAsync("banana: cancelled");
        await shell.WaitForOutAsync(Prompt, times: 2);
        // The keys first, seen on the screen, then Ctrl+C: the terminal turns Ctrl+C into a signal, which could
        // otherwise overtake keys still waiting to be read and clear the line before they reach it.
        await shell.TypeAsync("typed then cleared");
        await shell.WaitForOutAsync("typed then cleared");
        await shell.TypeAsync(CtrlC);
        await shell.WaitForOutAsync("^C");
        await shell.WaitForOutAsync(Prompt, times: 3);
        await shell.TypeAsync(CtrlD);

        // Assert
        Assert.Equal(0, await shell.ExitCodeAsync());
        Assert.DoesNotContain("a long curved fruit", shell.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("typed then cleared: ", shell.Out, StringComparison.Ordinal);
    }
}
