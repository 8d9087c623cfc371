using Scraper.Output;
using Scraper.Tests.Support;

namespace Scraper.Tests.Shell;

/// <summary>
/// The built `scraper shell` on several sites, driven through a pipe: each site mapped by --base-url NAME=URL to its
/// own local server serving that profile's fixture page for "love".
/// </summary>
public sealed class ShellSitesProcessTests : IAsyncLifetime
{
    private readonly TempDirectory home = new();
    private LoveSites sites = null!;

    public async ValueTask InitializeAsync() => sites = await LoveSites.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await sites.DisposeAsync();
        home.Dispose();
    }

    [Fact]
    public async Task Site_with_a_list_looks_each_word_up_on_every_site_and_prints_each_sites_entries_under_its_name()
    {
        // Arrange
        using var shell = ShellProcess.Piped(home.Path, sites.For("longman", "oxford"));

        // Act
        await shell.TypeAsync(":site longman,oxford\nlove\n");
        await shell.WaitForOutAsync("══");
        await shell.TypeAsync(":format json\nlove\n");
        await shell.WaitForOutAsync("\"keyword\":\"love\"", times: 2);
        shell.CloseInput();

        // Assert
        Assert.Equal(0, await shell.ExitCodeAsync());
        Assert.Contains("site: longman,oxford\n", shell.Error, StringComparison.Ordinal);
        var lines = shell.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Single(lines, l => l.Contains("══ love", StringComparison.Ordinal));
        AssertSections(lines, "longman", "oxford");
        var json = lines.Where(l => l.StartsWith('{')).Select(ResultJson.Deserialize).ToList();
        Assert.Equal(["longman", "oxford"], json.Select(r => r.Site));
        Assert.All(json, r => Assert.Equal(Scraper.Results.LookupStatus.Found, r.Status));

        // Each site asked its own server once (the second time came from the cache), and no other server was asked.
        Assert.Equal(1, sites.Servers["longman"].RequestsTo("/dictionary/love"));
        Assert.Equal(1, sites.Servers["oxford"].RequestsTo("/definition/english/love"));
        Assert.All(sites.Servers.Where(s => s.Key is not "longman" and not "oxford"), s => Assert.Equal(0, s.Value.TotalRequests));
    }

    [Fact]
    public async Task Shell_site_all_starts_on_every_site_and_a_list_or_all_can_be_chosen_again()
    {
        // Arrange
        using var shell = ShellProcess.Piped(home.Path, ["--site", "all", "--no-cache", .. sites.BaseUrlArguments]);

        // Act
        await shell.TypeAsync("love\n");
        await shell.WaitForOutAsync("══ love");
        await shell.TypeAsync(":site oxford,longman\nlove\n:site all\nlove\n");
        await shell.WaitForOutAsync("══ love", times: 3);
        shell.CloseInput();

        // Assert
        Assert.Equal(0, await shell.ExitCodeAsync());
        Assert.Equal(
            ["site: oxford,longman", $"site: {string.Join(',', LoveSites.Names)}"],
            shell.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var words = shell.Out.Split("══ love").Skip(1).Select(w => w.Split('\n').Select(l => l.TrimEnd()).ToList()).ToList();
        AssertSections(words[0], [.. LoveSites.Names]);
        AssertSections(words[1], "oxford", "longman");
        AssertSections(words[2], [.. LoveSites.Names]);
        Assert.Equal(3, sites.Servers["longman"].RequestsTo("/dictionary/love"));
        Assert.Equal(2, sites.Servers["cambridge"].RequestsTo("/dictionary/english/love"));
    }

    [Fact]
    public async Task A_site_switched_to_sends_its_requests_to_its_own_mapped_server_and_a_plain_base_url_maps_the_first_site_only()
    {
        // Arrange: the plain URL is longman's; oxford is mapped by name though the shell starts on longman alone
        using var shell = ShellProcess.Piped(
            home.Path, ["--site", "longman", "--no-cache", "--base-url", sites.Servers["longman"].BaseUrl.AbsoluteUri, .. sites.For("oxford")]);

        // Act
        await shell.TypeAsync("love\n:site oxford\nlove\n");
        await shell.WaitForOutAsync("love", times: 2);
        await shell.WaitForErrorAsync("site: oxford");
        shell.CloseInput();

        // Assert
        Assert.Equal(0, await shell.ExitCodeAsync());
        Assert.Equal(["/dictionary/love"], sites.Servers["longman"].RequestTargets);
        Assert.Equal(1, sites.Servers["oxford"].RequestsTo("/definition/english/love"));
        Assert.DoesNotContain("failed", shell.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--base-url oxfrd=http://127.0.0.1:9/", "--base-url oxfrd=URL: 'oxfrd' is not a site (see 'scraper sites'); did you mean 'oxford'?")]
    [InlineData("--site longman,oxford --base-url http://127.0.0.1:9/", "--base-url URL needs one site, but --site chose 2 (longman, oxford)")]
    [InlineData("--base-url oxford=http://127.0.0.1:9/ --base-url oxford=http://127.0.0.1:10/", "--base-url is given twice for 'oxford'")]
    public async Task A_wrong_base_url_is_exit_2_with_one_line_before_any_prompt(string arguments, string said)
    {
        // Arrange
        using var shell = ShellProcess.Piped(home.Path, arguments.Split(' '));

        // Act
        var exitCode = await shell.ExitCodeAsync();

        // Assert
        Assert.Equal(2, exitCode);
        var line = Assert.Single(shell.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(said, line, StringComparison.Ordinal);
        Assert.Empty(shell.Out);
    }

    // Each site's name on a line of its own, in this order, each followed by its entry for love and a numbered definition.
    private static void AssertSections(List<string> lines, params string[] names)
    {
        var at = names.Select(name => lines.IndexOf(name)).ToList();
        Assert.All(at, index => Assert.True(index >= 0, string.Join('\n', lines)));
        Assert.Equal(at.Order(), at);
        for (var i = 0; i < at.Count; i++)
        {
            var end = i + 1 < at.Count ? at[i + 1] : lines.Count;
            var section = lines[(at[i] + 1)..end];
            Assert.StartsWith("love", section[0], StringComparison.Ordinal);
            Assert.Contains(section, l => l.TrimStart().StartsWith("1. ", StringComparison.Ordinal));
        }
    }
}
