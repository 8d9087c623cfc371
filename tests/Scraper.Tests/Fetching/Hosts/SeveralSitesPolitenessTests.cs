using Scraper.Tests.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Fetching.Hosts;

/// <summary>
/// Several sites at once, each on its own local server with its own latency and faults: every host keeps its own
/// rate, and a host that is paused or slow does not hold back the others' words. Counted by the servers.
/// </summary>
public sealed class SeveralSitesPolitenessTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_sites_on_one_host_read_its_robots_txt_once_and_space_their_pages_by_its_rate()
    {
        // Arrange: both sites' pages go to one server, held to two requests a second.
        await using var server = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        server.Script("/robots.txt", FixtureResponse.WithStatus(404));

        // Act
        var run = await CliRun.RunAsync(
            "lookup", "florp", "calm", "--site", "macmillan,macmillan-uk", "--rate", "2", "--homographs", "first", "--format", "jsonl",
            "--base-url", $"macmillan={server.BaseUrl.AbsoluteUri}", "--base-url", $"macmillan-uk={server.BaseUrl.AbsoluteUri}");

        // Assert: one robots.txt, and robots.txt and the four pages at least half a second apart.
        Assert.Equal((0, 4), (run.ExitCode, run.OutLines.Length));
        Assert.Equal(1, server.RequestsTo("/robots.txt"));
        var paths = new[] { "/robots.txt", "/us/dictionary/american/florp", "/us/dictionary/american/calm", "/dictionary/british/florp", "/dictionary/british/calm" };
        var arrivals = paths.SelectMany(server.ArrivalsAt).Order().ToList();
        Assert.Equal(5, arrivals.Count);
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(0.45), $"{(pair.Second - pair.First).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task Each_host_keeps_the_rate_whatever_its_latency_and_faults()
    {
        // Arrange: one slow and failing, one fast and throttling.
        await using var american = await Site.StartAsync(new LocalSiteOptions { LatencyMs = 80, FailRate = 0.3 }, Cancellation);
        await using var british = await Site.StartAsync(new LocalSiteOptions { ThrottleRate = 0.2 }, Cancellation);
        var words = BatchFiles.Words(12, "paced");

        // Act
        var run = await CliRun.RunAsync(
        [
            "lookup", .. words, "--site", "macmillan,macmillan-uk", "--rate", "5", "-c", "8", "--retries", "8", "--homographs", "first", "--format", "json",
            "--base-url", $"macmillan={american.BaseUrl.AbsoluteUri}", "--base-url", $"macmillan-uk={british.BaseUrl.AbsoluteUri}",
        ]);

        // Assert: a token bucket of one token lets the first request go at once, so N + 1 may share a second.
        Assert.All([american.GetStats(), british.GetStats()], stats => Assert.InRange(stats.MaxRequestsPerSecond, 1, 6));
        Assert.All([american.GetStats(), british.GetStats()], stats => Assert.True(stats.Requests >= words.Length));
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(2 * words.Length, results.Count);
        Assert.All(results, r => Assert.Equal("found", r.Status()));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Each_site_keeps_its_profiles_own_rate_on_its_own_host()
    {
        // Arrange: longman and collins ask for 2 requests a second each; a third host with no rate is not held.
        await using var sites = await LoveSites.StartAsync(Cancellation);
        foreach (var name in (string[])["longman", "collins"])
        {
            sites.Servers[name].Otherwise(FixtureResponse.Html(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name, "quindle.html"))));
        }

        var words = BatchFiles.Words(5, "kept");

        // Act
        var run = await CliRun.RunAsync(["lookup", .. words, "--site", "longman,collins", "-c", "8", "--format", "json", .. sites.For("longman", "collins")]);

        // Assert: by each server's own clock, its pages came at least about half a second apart.
        Assert.Equal(0, run.ExitCode);
        foreach (var name in (string[])["longman", "collins"])
        {
            var server = sites.Servers[name];
            var arrivals = server.RequestTargets.Distinct().SelectMany(server.ArrivalsAt).Order().ToList();
            Assert.Equal(words.Length, arrivals.Count);
            Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(400), $"{name}: {pair.Second - pair.First}"));
        }
    }

    [Fact]
    public async Task A_host_paused_by_429_holds_no_slot_the_other_host_serves_all_its_words_meanwhile()
    {
        // Arrange: every page of the British site gets 429 with Retry-After: 3 until the test lets it answer; the
        // American one answers at once.
        await using var paused = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.TooManyRequests(3));
        paused.Script("/robots.txt", FixtureResponse.WithStatus(404));
        await using var open = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        var words = BatchFiles.Words(30, "both");

        // Act
        var run = CliRun.RunAsync(
        [
            "lookup", .. words, "--site", "macmillan-uk,macmillan", "-c", "2", "--retries", "20", "--homographs", "first", "--format", "jsonl",
            "--base-url", $"macmillan-uk={paused.BaseUrl.AbsoluteUri}", "--base-url", $"macmillan={open.BaseUrl.AbsoluteUri}",
        ]);
        await open.WaitForRequestsAsync(words.Length, Cancellation);
        var pausedWhenOpenWasDone = paused.TotalRequests;
        paused.Otherwise(FixtureResponse.Page("florp_1.html"));
        var done = await run;

        // Assert: while the open host served all 30, the paused one saw only the requests that met the pause's start
        // (with the slot taken before the pause, its words held both slots through every 3 s pause).
        Assert.InRange(pausedWhenOpenWasDone, 1, 2);
        Assert.Equal(words.Length, open.TotalRequests);
        Assert.Equal(2 * words.Length, done.OutLines.Length);
        Assert.Equal(0, done.ExitCode);
    }

    [Fact]
    public async Task A_slow_host_does_not_take_every_slot_from_a_fast_one()
    {
        // Arrange (no robots.txt, so that the slow host's pages are asked for from the start)
        await using var slow = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        slow.Latency = TimeSpan.FromMilliseconds(400);
        await using var fast = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        var words = BatchFiles.Words(60, "pace");

        // Act
        var run = CliRun.RunAsync(
        [
            "lookup", .. words, "--site", "macmillan-uk,macmillan", "-c", "4", "--homographs", "first", "--format", "jsonl", "--ignore-robots",
            "--base-url", $"macmillan-uk={slow.BaseUrl.AbsoluteUri}", "--base-url", $"macmillan={fast.BaseUrl.AbsoluteUri}",
        ]);
        await fast.WaitForRequestsAsync(words.Length, Cancellation);
        var slowWhenFastWasDone = slow.TotalRequests;
        var done = await run;

        // Assert: the slow host never held more than its share of the slots while the fast one had words waiting
        // (a plain semaphore lets it gather all four, 400 ms at a time, while the fast one waits).
        Assert.InRange(slowWhenFastWasDone, 0, words.Length / 5);
        Assert.InRange(slow.MaxInFlight, 1, 4);
        Assert.Equal(2 * words.Length, done.OutLines.Length);
        Assert.Equal(0, done.ExitCode);
    }

    [Fact]
    public async Task Permits_that_waited_for_slots_behind_a_slow_host_do_not_reach_the_rated_host_in_a_burst()
    {
        // Arrange: the slow host's first requests hold both slots for a second, while the fast host's words take
        // permits of its rate (5 a second) and wait for a slot (no robots.txt, so that pages are asked for at once).
        await using var slow = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        slow.Latency = TimeSpan.FromSeconds(1);
        await using var rated = (await FixtureServer.StartAsync(Cancellation)).Otherwise(FixtureResponse.Page("florp_1.html"));
        var words = BatchFiles.Words(6, "burst");

        // Act
        var run = await CliRun.RunAsync(
        [
            "lookup", .. words, "--site", "macmillan,macmillan-uk", "-c", "2", "--rate", "5", "--homographs", "first", "--format", "jsonl", "--ignore-robots",
            "--base-url", $"macmillan={slow.BaseUrl.AbsoluteUri}", "--base-url", $"macmillan-uk={rated.BaseUrl.AbsoluteUri}",
        ]);

        // Assert: by the rated server's clock, its requests came about one period (200 ms) apart, never together (a burst
        // arrives within a few ms; connecting and scheduling move single arrivals by tens of ms).
        Assert.Equal(0, run.ExitCode);
        var arrivals = rated.RequestTargets.SelectMany(rated.ArrivalsAt).Order().ToList();
        Assert.Equal(words.Length, arrivals.Count);
        Assert.All(arrivals.Zip(arrivals.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(80), $"{pair.Second - pair.First}"));
    }
}
