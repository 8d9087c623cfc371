using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching.Hosts;

/// <summary>
/// A batch against a site that refuses everything, through the real command line and a real server: the breaker
/// stops the requests, every word is still written with its reason, and --resume asks again.
/// </summary>
public sealed class HostCutOffTests : IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Otherwise(FixtureResponse.WithStatus(403));
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task A_403_storm_over_2000_words_sends_fewer_than_50_requests_and_writes_every_word_blocked_with_its_reason()
    {
        // Arrange
        var words = BatchFiles.Words(2000, "storm");

        // Act
        var run = await CliRun.RunWithStdinAsync(
            string.Join('\n', words), "lookup", "-f", "-", "--format", "jsonl", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri);

        // Assert
        Assert.InRange(server.TotalRequests, 20, 49);
        var results = run.OutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(words.Order(StringComparer.Ordinal), results.Select(r => r.GetProperty("keyword").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.Equal("blocked", r.Status()));
        var unsent = results.Where(r => r.GetProperty("error").GetString() == $"not sent: {server.BaseUrl.Authority} refused 20 pages in a row; stopped").ToList();
        Assert.Equal(2000 - server.TotalRequests, unsent.Count);
        Assert.All(unsent, r => Assert.Equal(0, r.Attempts()));
        Assert.Equal(server.TotalRequests, results.Count(r => r.GetProperty("error").GetString() == "the site refused the tool (HTTP 403)"));
        Assert.Single(run.ErrorLines, l => l.Contains("refused 20 pages in a row: sending it nothing more this run", StringComparison.Ordinal));
        Assert.Contains($"Cut off this run: {server.BaseUrl.Authority} refused 20 pages in a row", run.Error, StringComparison.Ordinal);
        Assert.Contains("2000 blocked (the site refused the tool)", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{server.TotalRequests} pages, ", run.Error, StringComparison.Ordinal);
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task Resume_after_a_cut_off_looks_every_refused_word_up_again()
    {
        // Arrange: a run cut off by the breaker, then the site lets the tool in again.
        var words = BatchFiles.Words(300, "later");
        var output = Path.Combine(directory.Path, "out.jsonl");
        var first = await LookupAsync(words, output);
        var sentFirst = server.TotalRequests;
        server.Otherwise(FixtureResponse.Page("florp_1.html"));

        // Act
        var resumed = await LookupAsync(words, output, "--resume");

        // Assert
        Assert.Equal(3, first.ExitCode);
        Assert.InRange(sentFirst, 20, 49);
        Assert.Equal(300, server.TotalRequests - sentFirst);
        Assert.Equal(0, resumed.ExitCode);
        var written = BatchFiles.JsonlWords(output);
        Assert.Equal(words.Order(StringComparer.Ordinal), written.Select(w => w.Keyword).Order(StringComparer.Ordinal));
        Assert.All(written, w => Assert.Equal("found", w.Status));
    }

    private Task<CliRun> LookupAsync(string[] words, string output, params string[] more) =>
        CliRun.RunWithStdinAsync(
            string.Join('\n', words),
            ["lookup", "-f", "-", "--format", "jsonl", "-o", output, "--homographs", "first", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri, .. more]);
}
