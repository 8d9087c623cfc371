using System.Net;
using Scraper.LocalSite;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.LocalSite;

public sealed class FaultTests
{
    private const int Paths = 200;

    private static readonly LocalSiteOptions Faulty = new() { FailRate = 0.15, ThrottleRate = 0.1, ResetRate = 0.1, StallRate = 0.05 };

    [Fact]
    public async Task Each_fault_happens_at_about_its_rate_only_on_its_attempts_and_again_after_a_reset()
    {
        await using var site = await Site.StartAsync(Faulty, TestContext.Current.CancellationToken);
        using var client = new HttpClient();

        var first = await RunAsync(site, client);
        var firstStats = site.GetStats();
        site.ResetStats();
        var second = await RunAsync(site, client);

        Assert.Equal(first, second);
        var histories = first.Values.ToList();
        AssertRate(histories.Count(h => h == "stall 200"), Faulty.StallRate);
        AssertRate(histories.Count(h => h == "reset 200"), Faulty.ResetRate);
        AssertRate(histories.Count(h => h == "429 200"), Faulty.ThrottleRate);
        var failed = histories.Count(h => h.StartsWith("503", StringComparison.Ordinal));
        var failedTwice = histories.Count(h => h == "503 503 200");
        AssertRate(failed, Faulty.FailRate);
        Assert.InRange(failedTwice, failed / 5, failed * 4 / 5);
        Assert.All(histories, h => Assert.Contains(h, (string[])["200", "stall 200", "reset 200", "429 200", "503 200", "503 503 200"]));
        Assert.Equal(histories.Count(h => h.StartsWith("stall", StringComparison.Ordinal)), firstStats.Statuses.GetValueOrDefault("stall"));
        Assert.Equal(histories.Count(h => h.StartsWith("reset", StringComparison.Ordinal)), firstStats.Statuses.GetValueOrDefault("reset"));
        Assert.Equal(Paths, firstStats.Statuses["200"]);
    }

    [Fact]
    public async Task A_restarted_site_meets_the_same_faults()
    {
        Dictionary<string, string> first, second;
        using var client = new HttpClient();
        await using (var site = await Site.StartAsync(Faulty, TestContext.Current.CancellationToken))
        {
            first = await RunAsync(site, client, paths: 60);
        }

        await using (var site = await Site.StartAsync(Faulty, TestContext.Current.CancellationToken))
        {
            second = await RunAsync(site, client, paths: 60);
        }

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_throttled_response_says_when_to_retry()
    {
        await using var site = await Site.StartAsync(new LocalSiteOptions { ThrottleRate = 1 }, TestContext.Current.CancellationToken);
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri(site.BaseUrl, "/dictionary/british/love"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public void Rates_that_add_up_to_more_than_one_are_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => new Scraper.LocalSite.Faults.FaultPlan(new LocalSiteOptions { FailRate = 0.6, StallRate = 0.6 }));
    }

    // What each path answered, attempt after attempt, until it answered 200: "503 503 200".
    private static async Task<Dictionary<string, string>> RunAsync(Site site, HttpClient client, int paths = Paths)
    {
        using var throttle = new SemaphoreSlim(50);
        var histories = await Task.WhenAll(Enumerable.Range(0, paths).Select(async i =>
        {
            var path = $"/dictionary/british/word-{i}";
            var outcomes = new List<string>();
            await throttle.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                while (outcomes.Count < 5 && outcomes.LastOrDefault() != "200")
                {
                    outcomes.Add(await AttemptAsync(client, new Uri(site.BaseUrl, path)));
                }
            }
            finally
            {
                throttle.Release();
            }

            return (path, string.Join(' ', outcomes));
        }));

        return histories.ToDictionary(h => h.path, h => h.Item2);
    }

    private static async Task<string> AttemptAsync(HttpClient client, Uri url)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // Generous: a loaded 2-core machine can take a few hundred ms to answer a real page (seen flaky at 300 ms).
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var response = await client.GetAsync(url, timeout.Token);
            await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return "stall";
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return "reset";
        }
    }

    private static void AssertRate(int count, double rate) =>
        Assert.InRange(count, (int)(Paths * rate * 0.4), (int)Math.Ceiling(Paths * rate * 1.6));
}
