using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>
/// `lookup --site A,B,...` through the real command line and one local server per site: one result per (word, site)
/// pair with its site named, in word order then site order, and the exit code over every pair.
/// </summary>
public sealed class SeveralSitesLookupTests : IAsyncLifetime
{
    private LoveSites sites = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => sites = await LoveSites.StartAsync(Cancellation);

    public ValueTask DisposeAsync() => sites.DisposeAsync();

    [Fact]
    public async Task All_gives_one_json_result_per_site_in_the_order_of_all_each_found_and_named()
    {
        // Act
        var run = await CliRun.RunAsync(["lookup", "love", "--site", "all", "--format", "json", .. sites.BaseUrlArguments]);

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(LoveSites.Names, results.Select(r => r.GetProperty("site").GetString()));
        Assert.All(results, r => Assert.Equal("found", r.Status()));
        Assert.All(results, r => Assert.Equal("love", r.Entries()[0].GetProperty("headword").GetString()!.ToLowerInvariant()));
        Assert.All(results, r => Assert.StartsWith(sites.Servers[r.GetProperty("site").GetString()!].BaseUrl.AbsoluteUri, r.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_list_with_a_name_repeated_asks_each_site_once_in_the_order_given()
    {
        // Act
        var run = await CliRun.RunAsync(["lookup", "love", "hate", "--site", "oxford,Longman,oxford", "--format", "json", .. sites.For("longman", "oxford")]);

        // Assert: word order, then the sites in the order given.
        Assert.Equal(
            ["love oxford", "love longman", "hate oxford", "hate longman"],
            JsonResults.FromArray(run.Out).Select(r => $"{r.GetProperty("keyword").GetString()} {r.GetProperty("site").GetString()}"));
        Assert.Equal(1, sites.Servers["oxford"].RequestsTo("/definition/english/love"));
        Assert.Equal(1, sites.Servers["longman"].RequestsTo("/dictionary/love"));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task The_exit_code_is_over_all_pairs_found_on_one_site_and_not_found_on_another_is_1()
    {
        // Arrange: longman has "love", cambridge answers 404 (not in the dictionary) for it.
        sites.Servers["cambridge"].Script("/dictionary/english/love", FixtureResponse.WithStatus(404));

        // Act
        var run = await CliRun.RunAsync(["lookup", "love", "--site", "longman,cambridge", "--format", "json", .. sites.For("longman", "cambridge")]);

        // Assert
        Assert.Equal(["found", "not-found"], JsonResults.FromArray(run.Out).Select(r => r.Status()));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task The_exit_code_is_over_all_pairs_any_failed_pair_makes_it_3()
    {
        // Arrange
        sites.Servers["cambridge"].Script("/dictionary/english/love", FixtureResponse.WithStatus(503));

        // Act
        var run = await CliRun.RunAsync(["lookup", "love", "--site", "longman,cambridge", "--retries", "0", "--format", "json", .. sites.For("longman", "cambridge")]);

        // Assert
        Assert.Equal(["found", "failed"], JsonResults.FromArray(run.Out).Select(r => r.Status()));
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Markdown_gives_the_word_one_heading_and_names_each_site_under_it()
    {
        // Act
        var run = await CliRun.RunAsync(["lookup", "love", "--site", "longman,collins", "--format", "markdown", .. sites.For("longman", "collins")]);

        // Assert
        var headings = run.OutLines.Where(l => l.StartsWith('#')).ToList();
        Assert.Equal(["## love", "### longman", "### collins"], headings);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Csv_names_each_pairs_site_in_its_last_column()
    {
        // Act
        var run = await CliRun.RunAsync(["lookup", "love", "--site", "longman,collins", "--format", "csv", .. sites.For("longman", "collins")]);

        // Assert
        var rows = run.OutLines[1..].Select(l => l.TrimEnd('\r')).ToList();
        Assert.EndsWith(",site", run.OutLines[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Equal(["collins", "longman"], rows.Select(r => r[(r.LastIndexOf(',') + 1)..]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task The_summary_counts_results_and_says_words_times_sites()
    {
        // Act
        var run = await CliRun.RunAsync(["lookup", "love", "hate", "--site", "longman,collins,oxford", "--format", "json", .. sites.For("longman", "collins", "oxford")]);

        // Assert: "hate" is on no server (404 everywhere: not-found).
        Assert.Contains("6/6 results (2 words × 3 sites)", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 found, 3 not-found", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }
}
