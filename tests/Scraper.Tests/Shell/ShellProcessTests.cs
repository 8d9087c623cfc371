using System.Text.RegularExpressions;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Shell;

/// <summary>The built `scraper shell` driven through a pipe, as a script drives it: one line a word or a command.</summary>
public sealed partial class ShellProcessTests : IDisposable
{
    private readonly TempDirectory home = new();

    public void Dispose() => home.Dispose();

    [Fact]
    public async Task A_piped_session_looks_up_picks_a_suggestion_switches_site_survives_a_failure_and_answers_from_the_cache_offline()
    {
        // Arrange
        var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        using var shell = ShellProcess.Piped(
            home.Path, "--base-url", site.BaseUrl.AbsoluteUri, "--base-url", $"macmillan-uk={site.BaseUrl.AbsoluteUri}", "--retries", "0");

        // Act and Assert: a word, as lookup prints it
        await shell.TypeAsync("apple\n");
        await shell.WaitForOutAsync("a round fruit");

        // a word not found, its suggestions numbered; a number looks the suggestion up
        await shell.TypeAsync("zzapple\n");
        await shell.WaitForOutAsync("Did you mean: 1 ");
        var second = SecondSuggestion().Match(shell.Out).Groups[1].Value;
        await shell.TypeAsync("2\n");
        await shell.WaitForOutAsync($"\n{second} ");

        // another site, mapped by --base-url macmillan-uk=URL: the British pages of the same origin
        await shell.TypeAsync(":site macmillan-uk\nlove\n");
        await shell.WaitForOutAsync("warm feelings of affection");
        Assert.Contains("/dictionary/british/love", site.GetStats().AttemptsByPath.Keys);
        await shell.TypeAsync(":site macmillan\n");
        await shell.WaitForErrorAsync("site: macmillan\n");

        // the site gone: a word fails in one line and the shell goes on; a word looked up before comes from the cache
        await site.DisposeAsync();
        await shell.TypeAsync("pear\n");
        await shell.WaitForOutAsync("pear: failed");
        await shell.TypeAsync("apple\n");
        await shell.WaitForOutAsync("a round fruit", times: 2);
        shell.CloseInput();

        // pear failed: a piped shell ends as lookup would, with 3
        Assert.Equal(3, await shell.ExitCodeAsync());
        Assert.DoesNotContain("macmillan>", shell.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_option_is_exit_2_before_any_prompt()
    {
        // Arrange
        using var shell = ShellProcess.Piped(home.Path, "--timeout", "0");

        // Act
        var exitCode = await shell.ExitCodeAsync();

        // Assert
        Assert.Equal(2, exitCode);
        Assert.Equal("", shell.Out);
        Assert.StartsWith("scraper: --timeout must be a whole number from 1 to 3600", shell.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Did you mean: 1 \S+ +2 (\S+) ")]
    private static partial Regex SecondSuggestion();
}
