using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Lookup;

/// <summary>
/// One hostile site among good ones in one run: the good site's results are all written, each of the hostile site's
/// pairs ends failed or blocked with a reason, the run ends (by --timeout and --retries) with exit 3, and Ctrl+C in
/// such a run keeps what finished for --resume.
/// </summary>
public sealed class SeveralSitesHostileTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly string[] words = BatchFiles.Words(6, "mixed");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("stall")]
    [InlineData("reset")]
    [InlineData("throttle")]
    public async Task The_good_sites_results_are_all_written_and_each_hostile_pair_ends_with_a_reason(string hostility)
    {
        // Arrange
        await using var good = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        await using var stalling = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Hang);
        await using var resetting = RawSocketServer.Answering("");
        await using var throttling = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.TooManyRequests(3600));
        var hostile = hostility switch { "stall" => stalling.BaseUrl, "reset" => resetting.BaseUrl, _ => throttling.BaseUrl };
        var output = Path.Combine(directory.Path, "out.jsonl");

        // Act: a 429's pause is capped (30 s), so the throttling site gets no retry to wait for
        var run = await CliRun.RunAsync(
            ["lookup", .. words, "--site", "macmillan,macmillan-uk", "--base-url", "macmillan=" + good.BaseUrl.AbsoluteUri,
             "--base-url", "macmillan-uk=" + hostile.AbsoluteUri, "--timeout", "1", "--retries", hostility == "throttle" ? "0" : "1",
             "--format", "jsonl", "-o", output]);

        // Assert
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var results = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(words.Length * 2, results.Count);
        var bySite = results.ToLookup(r => r.GetProperty("site").GetString());
        Assert.Equal(words.Order(StringComparer.Ordinal), bySite["macmillan"].Select(r => r.GetProperty("keyword").GetString()).Order(StringComparer.Ordinal));
        Assert.All(bySite["macmillan"], r => Assert.Equal("found", r.GetProperty("status").GetString()));
        Assert.Equal(words.Order(StringComparer.Ordinal), bySite["macmillan-uk"].Select(r => r.GetProperty("keyword").GetString()).Order(StringComparer.Ordinal));
        Assert.All(bySite["macmillan-uk"], r =>
        {
            Assert.Contains(r.GetProperty("status").GetString(), (string[])["failed", "blocked"]);
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("error").GetString()));
        });
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ctrl_c_while_a_site_stalls_keeps_the_good_sites_results_and_resume_finishes_the_rest()
    {
        // Arrange: the hostile site stalls far longer than the test; the good one answers at once
        await using var good = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        await using var stalling = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Hang);
        var output = Path.Combine(directory.Path, "out.jsonl");
        string[] sites = ["--site", "macmillan,macmillan-uk", "--base-url", "macmillan=" + good.BaseUrl.AbsoluteUri];
        using var child = ServeProcess.Start(
            ["lookup", .. words, .. sites, "--base-url", "macmillan-uk=" + stalling.BaseUrl.AbsoluteUri, "--timeout", "600", "--format", "jsonl", "-o", output]);
        var stderr = new StderrLines(child.Process);
        await BatchWorkspace.WaitUntilAsync(() => child.Process.HasExited || BatchWorkspace.HasLines(output, words.Length), TimeSpan.FromSeconds(60));

        // Act: Ctrl+C, then again once heard, since the stalled words would hold the grace period out
        await child.InterruptAsync(Cancellation);
        await BatchWorkspace.WaitUntilAsync(() => child.Process.HasExited || stderr.Text.Contains("Ctrl+C again", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        await child.InterruptAsync(Cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await child.Process.WaitForExitAsync(timeout.Token);
        var kept = BatchFiles.JsonlWords(output);
        var americanBefore = good.RequestTargets.Count(t => t.StartsWith("/us/", StringComparison.Ordinal));

        // The hostile site is answered by the good server now (resume keys on site and word, not on the address)
        var resumed = await CliRun.RunAsync(
            ["lookup", .. words, .. sites, "--base-url", "macmillan-uk=" + good.BaseUrl.AbsoluteUri, "--timeout", "600", "--format", "jsonl", "-o", output, "--resume"]);

        // Assert
        Assert.Equal(130, child.Process.ExitCode);
        Assert.Equal(words.Length, kept.Count);
        Assert.All(kept, k => Assert.Equal("found", k.Status));
        Assert.Equal(0, resumed.ExitCode);
        var all = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (r.GetProperty("site").GetString(), r.GetProperty("keyword").GetString(), r.GetProperty("status").GetString())).ToList();
        Assert.Equal(words.Length * 2, all.Count);
        Assert.Equal(words.Length * 2, all.Distinct().Count());
        Assert.All(all, r => Assert.Equal("found", r.Item3));
        Assert.Equal(americanBefore, good.RequestTargets.Count(t => t.StartsWith("/us/", StringComparison.Ordinal)));
    }
}
