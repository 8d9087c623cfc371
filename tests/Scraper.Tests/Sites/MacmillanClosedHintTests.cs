using Scraper.Tests.Cli;
using Scraper.Sites;
using Scraper.Tests.Support;

namespace Scraper.Tests.Sites;

/// <summary>
/// The default site closed in 2023: a lookup that fails because of it says so once, with what to try, instead of
/// leaving a new user with a DNS error or "redirected off the site" per word.
/// </summary>
public sealed class MacmillanClosedHintTests : IAsyncLifetime
{
    private const string Closed = "Macmillan Dictionary closed on 30 June 2023";
    private readonly SiteFiles files = new();
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        files.Dispose();
    }

    [Fact]
    public async Task An_unresolvable_Macmillan_host_says_once_that_the_site_closed_and_what_to_try()
    {
        // Arrange: the offline case, without the network: a Macmillan profile whose host cannot resolve.
        var profile = files.Write(Profile("macmillan", "https://www.macmillandictionary.invalid"));

        // Act
        var run = await CliRun.RunAsync("lookup", "love", "hello", "kettle", "--site-file", profile, "--retries", "0");

        // Assert
        var hint = Assert.Single(run.ErrorLines, l => l.Contains(Closed, StringComparison.Ordinal));
        Assert.Contains("WRN", hint, StringComparison.Ordinal);
        Assert.Contains("www.macmillandictionary.invalid cannot be found", hint, StringComparison.Ordinal);
        Assert.Contains("--site macmillan-archive", hint, StringComparison.Ordinal);
        Assert.Contains("scraper lookup love --site local", hint, StringComparison.Ordinal);
        Assert.DoesNotContain(Closed, run.Out, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Without_the_archive_a_redirect_to_Macmillan_Education_says_once_that_the_site_closed()
    {
        // Arrange: what the live site does since it closed.
        server.Otherwise(FixtureResponse.Redirect("https://www.macmillaneducation.com/dictionary-closure/"));

        // Act
        var run = await CliRun.RunAsync("lookup", "love", "hello", "--site", "macmillan", "--base-url", server.BaseUrl.AbsoluteUri, "--no-archive", "-q");

        // Assert
        var hint = Assert.Single(run.ErrorLines, l => l.Contains(Closed, StringComparison.Ordinal));
        Assert.Contains("redirect to Macmillan Education", hint, StringComparison.Ordinal);
        Assert.Contains("redirected off the site to https://www.macmillaneducation.com", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, server.TotalRequests);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Check_of_a_Macmillan_profile_on_an_unresolvable_host_gives_the_same_hint_once()
    {
        // Arrange
        var profile = files.Write(Profile("macmillan-uk", "https://www.macmillandictionary.invalid").Replace("\"kettle\"", "\"kettle\", \"garden\"", StringComparison.Ordinal));

        // Act
        var run = await CliRun.RunAsync("check", "--site-file", profile);

        // Assert
        var hint = Assert.Single(run.ErrorLines, l => l.Contains(Closed, StringComparison.Ordinal));
        Assert.Contains("--site macmillan-archive", hint, StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("garden: failed", StringComparison.Ordinal));
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task A_redirect_elsewhere_is_not_blamed_on_the_closure()
    {
        // Arrange
        server.Otherwise(FixtureResponse.Redirect("https://elsewhere.example/love"));

        // Act
        var run = await CliRun.RunAsync("lookup", "love", "--site", "macmillan", "--base-url", server.BaseUrl.AbsoluteUri);

        // Assert
        Assert.DoesNotContain(Closed, run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Theory]
    [InlineData("macmillan", "--base-url")]
    [InlineData("plainwords", null)]
    public async Task An_unresolvable_host_that_is_not_Macmillan_own_gets_no_closure_hint(string name, string? option)
    {
        // Arrange: the user's mirror behind --base-url, or another site, that cannot be found.
        var profile = files.Write(Profile(name, "https://www.macmillandictionary.invalid"));
        string[] baseUrl = option is null ? [] : [option, "http://mirror.invalid"];

        // Act
        var run = await CliRun.RunAsync(["lookup", "love", "--site-file", profile, "--retries", "0", .. baseUrl]);

        // Assert
        Assert.DoesNotContain(Closed, run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Theory]
    [InlineData("macmillan-archive")]
    [InlineData("cambridge")]
    [InlineData("wiktionary")]
    public void The_sites_the_hint_names_are_built_in(string name) => Assert.NotNull(SiteCatalog.Find(name));

    private static string Profile(string name, string origin) => SiteFiles.Plainwords(new Uri(origin))
        .Replace("\"name\": \"plainwords\"", $"\"name\": \"{name}\"", StringComparison.Ordinal)
        .Replace("\"pathTemplate\": \"/words/{slug}\"", "\"pathTemplate\": \"/us/dictionary/american/{slug}\"", StringComparison.Ordinal);
}
