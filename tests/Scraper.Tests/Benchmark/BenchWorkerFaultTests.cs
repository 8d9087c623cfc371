using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Tests.Support;

namespace Scraper.Tests.Benchmark;

/// <summary>
/// An exception that escapes a word's lookup becomes that word's failure in every mode; in threads mode it used
/// to end the process from its worker thread. The bench runs as a child process, so a crash cannot take the
/// test host with it.
/// </summary>
public sealed class BenchWorkerFaultTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_that_cannot_be_decompressed_fails_its_word_in_every_mode_instead_of_killing_the_bench()
    {
        // Arrange: "gzip" that is not gzip makes the decompressing stream throw InvalidDataException, which no
        // fetch handler expects.
        await using var server = await FixtureServer.StartAsync(Cancellation);
        server.Script("/us/dictionary/american/apple", new FixtureResponse(200, "this is not gzip", new Dictionary<string, string> { ["Content-Encoding"] = "gzip" }));
        server.Otherwise(FixtureResponse.Page("florp_1.html"));
        using var child = ServeProcess.Start("bench", "hi", "apple", "bye", "--modes", "sync,async,threads", "-c", "2", "--format", "json", "--base-url", server.BaseUrl.AbsoluteUri);

        // Act
        var stdout = child.Process.StandardOutput.ReadToEndAsync(Cancellation);
        var stderr = child.Process.StandardError.ReadToEndAsync(Cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await child.Process.WaitForExitAsync(timeout.Token);

        // Assert: the report came, with apple failed ("none": no usable response) in each mode, and exit 3
        var error = await stderr;
        Assert.True(child.Process.ExitCode == 3, error);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await stdout);
        var runs = json.RootElement.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["sync", "async", "threads"], runs.Select(r => r.GetProperty("mode").GetString()));
        Assert.All(runs, r => Assert.Equal(1, r.GetProperty("statuses").GetProperty("none").GetInt32()));
        Assert.All(runs, r => Assert.Equal(2, r.GetProperty("statuses").GetProperty("200").GetInt32()));
    }
}
