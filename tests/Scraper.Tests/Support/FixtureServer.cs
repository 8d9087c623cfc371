using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Scraper.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 whose answers a test scripts per path: a fixture page, or a sequence
/// (503 then 200; 429 with Retry-After then 200; no answer), or a storm of 429s for a while. The last answer of a
/// sequence repeats. Records every request target and headers, and the most requests it was handling at once.
/// </summary>
internal sealed class FixtureServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, FixtureResponse[]> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> targets = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> headers = new();
    private readonly ConcurrentQueue<(string Path, TimeSpan At)> arrivals = new();
    private readonly long started = System.Diagnostics.Stopwatch.GetTimestamp();
    private readonly CancellationTokenSource stopping = new();
    private WebApplication app = null!;
    private FixtureResponse fallback = FixtureResponse.WithStatus(404);
    private int inFlight;
    private int maxInFlight;
    private TimeSpan storm;
    private long stormStarted;

    private FixtureServer()
    {
    }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Added before every answer, so that concurrent requests overlap.</summary>
    public TimeSpan Latency { get; set; }

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>Counts this server's requests in flight together with other servers' (robots.txt left out).</summary>
    public InFlightGauge? SharedGauge { get; set; }

    /// <summary>Every request target (path and query, as sent), in the order received; not /robots.txt (see <see cref="RequestsTo"/>).</summary>
    public IReadOnlyList<string> RequestTargets => [.. targets];

    public int TotalRequests => targets.Count;

    public static async Task<FixtureServer> StartAsync(CancellationToken cancellationToken)
    {
        var server = new FixtureServer();
        (server.app, server.BaseUrl) = await LoopbackApp.StartAsync(server.HandleAsync, cancellationToken);
        return server;
    }

    public FixtureServer Serve(string path, string fixtureFile) => Script(path, FixtureResponse.Page(fixtureFile));

    public FixtureServer Script(string path, params FixtureResponse[] responses)
    {
        routes[path] = responses;
        return this;
    }

    /// <summary>The answer to every path without a route (404 unless set).</summary>
    public FixtureServer Otherwise(FixtureResponse response)
    {
        fallback = response;
        return this;
    }

    public int RequestsTo(string path) => counts.GetValueOrDefault(path);

    /// <summary>When each request to <paramref name="path"/> arrived, by the server's own clock, in order.</summary>
    public IReadOnlyList<TimeSpan> ArrivalsAt(string path) => [.. arrivals.Where(a => a.Path == path).Select(a => a.At)];

    /// <summary>Returns once the server has received <paramref name="count"/> requests in all.</summary>
    public async Task WaitForRequestsAsync(int count, CancellationToken cancellationToken)
    {
        while (TotalRequests < count)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>The value of one request header on every request, in the order received (null where it was absent).</summary>
    public IReadOnlyList<string?> HeaderValues(string name) => [.. headers.Select(h => h.GetValueOrDefault(name))];

    /// <summary>From the first page request on, every page request for <paramref name="window"/> gets 429 with Retry-After: 1 (robots.txt is spared).</summary>
    public FixtureServer ThrottleFor(TimeSpan window)
    {
        storm = window;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        arrivals.Enqueue((path, System.Diagnostics.Stopwatch.GetElapsedTime(started)));

        // robots.txt is counted by RequestsTo and ArrivalsAt only, so that the page requests a test counts stay its own.
        if (path != "/robots.txt")
        {
            targets.Enqueue(context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget);
            headers.Enqueue(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        }

        var attempt = counts.AddOrUpdate(path, 1, (_, n) => n + 1);
        var now = Interlocked.Increment(ref inFlight);
        UpdateMax(now);
        var gauge = path == "/robots.txt" ? null : SharedGauge;
        gauge?.Enter();
        try
        {
            using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            var response = path != "/robots.txt" && InStorm() ? FixtureResponse.TooManyRequests(1)
                : routes.TryGetValue(path, out var script) ? script[Math.Min(attempt, script.Length) - 1]
                : fallback;
            await Task.Delay(Latency, aborted.Token);
            if (response.NeverAnswers)
            {
                await Task.Delay(Timeout.Infinite, aborted.Token);
            }

            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "text/html; charset=utf-8";
            foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.Body.WriteAsync(response.BodyBytes, aborted.Token);
        }
        catch (OperationCanceledException)
        {
            context.Abort();
        }
        finally
        {
            gauge?.Leave();
            Interlocked.Decrement(ref inFlight);
        }
    }

    private bool InStorm()
    {
        if (storm <= TimeSpan.Zero)
        {
            return false;
        }

        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        var started = Interlocked.CompareExchange(ref stormStarted, now, 0);
        return System.Diagnostics.Stopwatch.GetElapsedTime(started == 0 ? now : started) < storm;
    }

    private void UpdateMax(int now)
    {
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }
    }
}
