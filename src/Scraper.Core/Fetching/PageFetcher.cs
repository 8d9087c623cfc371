using Polly;
using Polly.Timeout;
using Scraper.Caching;
using Scraper.Parsing;
using Scraper.Results;
using Scraper.Robots;
using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// Fetches pages through the run's one HttpClient and its resilience pipelines, politely (host pauses, --rate),
/// and through the --cache directory when there is one.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly AttemptSender sender;
    private readonly ResiliencePipeline<PageResponse> pipeline;
    private readonly ResiliencePipeline<PageResponse> paced;
    private readonly RobotsGate? robots;
    private readonly PoliteAttempts polite;
    private readonly FetchCache? cache;
    private readonly ILogger log;
    private readonly TimeProvider time;

    public PageFetcher(HttpClient client, FetchOptions options, ILogger log, TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        this.log = log;
        sender = new AttemptSender(client, options, this.time);
        polite = new PoliteAttempts(options, this.time, log);
        cache = options.CacheDirectory is { } directory ? new FetchCache(new DiskCache(directory), options.CacheOnly, this.time, log) { AsIs = options.CacheAsIs } : null;
        pipeline = FetchPipeline.Create(options, this.time, LogRetry);
        paced = FetchPipeline.Create(options, this.time, LogRetry, paced: true);
        robots = options.ObeyRobots ? new RobotsGate(sender, polite, this.time, log) : null;
    }

    /// <param name="requestGate">
    /// When given, held for each attempt's request and body only (not for the host's pause or rate, retry waits or
    /// parsing), so it bounds the requests in flight exactly.
    /// </param>
    /// <param name="followRedirect">When given, which redirects on the site to follow; see <see cref="AttemptSender.SendAsync"/>.</param>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken, SemaphoreSlim? requestGate = null, Func<Uri, bool>? followRedirect = null) =>
        FetchAsync(url, requestGate is null ? null : new SemaphoreSlots(requestGate), cancellationToken, followRedirect);

    /// <param name="slots">When given, one is held for each attempt's request and body only; see the overload above.</param>
    internal async Task<FetchResult> FetchAsync(Uri url, IRequestSlots? slots, CancellationToken cancellationToken, Func<Uri, bool>? followRedirect = null)
    {
        var started = time.GetTimestamp();
        var cached = cache is null ? null : await cache.ReadAsync(url, cancellationToken);
        if (cache?.Offline(url, cached, Elapsed(started)) is { } offline)
        {
            return offline;
        }

        if (robots is not null && await robots.RulesForAsync(url, cancellationToken) is var rules && !rules.Allows(url))
        {
            return Disallowed(url, started, rules);
        }

        var attempts = 0;
        var requestMs = 0.0;
        var phases = new RequestPhases();
        var lastEnded = 0L;
        try
        {
            var response = await PipelineFor(url).ExecuteAsync(
                async ct =>
                {
                    var attempt = Interlocked.Increment(ref attempts);
                    var waitStarted = time.GetTimestamp();
                    phases.RetryWaitMs += lastEnded == 0 ? 0 : Ms(lastEnded, waitStarted);
                    async ValueTask<PageResponse> SendAsync(CancellationToken act)
                    {
                        var attemptStarted = time.GetTimestamp();
                        phases.PoliteWaitMs += slots is null ? Ms(waitStarted, attemptStarted) : 0;
                        try
                        {
                            return LogAttempt(url, await sender.SendAsync(url, cached?.Validators(), followRedirect, act, phases), attempt, attemptStarted);
                        }
                        finally
                        {
                            var attemptMs = time.GetElapsedTime(attemptStarted).TotalMilliseconds;
                            requestMs += attemptMs;
                            phases.AttemptMs += attemptMs;
                        }
                    }

                    try
                    {
                        // With slots, the host's pause and rate come before the slot (PoliteAttempts), which records both waits.
                        return slots is null
                            ? await polite.RunAsync(url, SendAsync, ct)
                            : await polite.RunAsync(url, slots, phases, SendAsync, ct);
                    }
                    finally
                    {
                        lastEnded = time.GetTimestamp();
                    }
                },
                cancellationToken);
            return Completed(url, response, cached, attempts, started, requestMs) with { Phases = phases.Snapshot(started) };
        }
        catch (Exception ex) when (IsFetchFailure(ex, cancellationToken))
        {
            return Failed(url, ex, attempts, started, requestMs) with { Phases = phases.Snapshot(started) };
        }
    }

    public FetchResult Fetch(Uri url, CancellationToken cancellationToken, Func<Uri, bool>? followRedirect = null)
    {
        var started = time.GetTimestamp();
        var cached = cache?.Read(url);
        if (cache?.Offline(url, cached, Elapsed(started)) is { } offline)
        {
            return offline;
        }

        if (robots?.RulesFor(url, cancellationToken) is { } rules && !rules.Allows(url))
        {
            return Disallowed(url, started, rules);
        }

        var attempts = 0;
        var requestMs = 0.0;
        var phases = new RequestPhases();
        var lastEnded = 0L;
        try
        {
            var response = PipelineFor(url).Execute(
                ct =>
                {
                    var attempt = Interlocked.Increment(ref attempts);
                    var waitStarted = time.GetTimestamp();
                    phases.RetryWaitMs += lastEnded == 0 ? 0 : Ms(lastEnded, waitStarted);
                    try
                    {
                        return polite.Run(
                            url,
                            act =>
                            {
                                var attemptStarted = time.GetTimestamp();
                                phases.PoliteWaitMs += Ms(waitStarted, attemptStarted);
                                try
                                {
                                    return LogAttempt(url, sender.Send(url, cached?.Validators(), followRedirect, act, phases), attempt, attemptStarted);
                                }
                                finally
                                {
                                    var attemptMs = time.GetElapsedTime(attemptStarted).TotalMilliseconds;
                                    requestMs += attemptMs;
                                    phases.AttemptMs += attemptMs;
                                }
                            },
                            ct);
                    }
                    finally
                    {
                        lastEnded = time.GetTimestamp();
                    }
                },
                cancellationToken);
            return Completed(url, response, cached, attempts, started, requestMs) with { Phases = phases.Snapshot(started) };
        }
        catch (Exception ex) when (IsFetchFailure(ex, cancellationToken))
        {
            return Failed(url, ex, attempts, started, requestMs) with { Phases = phases.Snapshot(started) };
        }
    }

    /// <summary>Stores a fetched page in the --cache directory if the lookup read it as an entry or a not-found page.</summary>
    public Task KeepAsync(FetchResult fetched, PageKind? kind, CancellationToken cancellationToken) =>
        cache?.KeepAsync(fetched, kind, cancellationToken) ?? Task.CompletedTask;

    public void Keep(FetchResult fetched, PageKind? kind) => cache?.Keep(fetched, kind);

    /// <summary>Requests a second held to <paramref name="authority"/> now: --rate or the profile's, or a slower Crawl-delay; 0: no limit.</summary>
    public double RateFor(string authority) => polite.Rates.For(authority);

    /// <summary>The hosts this run stopped sending to, each with why (<see cref="HostBreakers"/>).</summary>
    public IReadOnlyList<string> CutOffHosts => polite.Breakers.CutOff;

    /// <summary>Tells the page's host breaker how the lookup read the page; a page the host was not asked for tells it nothing.</summary>
    internal void Settle(FetchResult fetched, PageVerdict verdict)
    {
        if (fetched is { Attempts: > 0, Failure: not (FetchFailure.HostRefused or FetchFailure.HostFailing) })
        {
            polite.Breakers.Record(fetched.Url, verdict);
        }
    }

    public void Dispose() => polite.Dispose();

    // A 304 confirms the cached copy: the word gets the cached page and status, after the requests it took.
    private FetchResult Completed(Uri url, PageResponse response, CachedPage? cached, int attempts, long started, double requestMs) =>
        response.StatusCode == 304 && cached is not null
            ? FetchCache.Answer(url, cached, attempts, Elapsed(started), requestMs)
            : new(url, response.FinalUrl, response.StatusCode, response.Body, attempts, response.Bytes, Elapsed(started), requestMs, null)
            {
                Headers = response.Headers,
                RedirectedTo = response.RedirectedTo,
            };

    // Never requested: no status, no attempt. A host whose name did not resolve for its robots.txt fails as not found.
    private FetchResult Disallowed(Uri url, long started, RobotsRules rules) =>
        new(url, url, null, null, 0, 0, Elapsed(started), 0, rules.HostNotFound ?? RobotsGate.DisallowedError)
        {
            Failure = rules.HostNotFound is null ? FetchFailure.Disallowed : FetchFailure.HostNotFound,
        };

    // A host that a Crawl-delay slowed may queue its pages longer than the total budget, as under --rate.
    private ResiliencePipeline<PageResponse> PipelineFor(Uri url) => polite.Rates.For(url.Authority) > 0 ? paced : pipeline;

    private void LogRetry(Polly.Retry.OnRetryArguments<PageResponse> args) =>
        log.Debug("Retrying after {Reason:l}, waiting {DelayMs:0} ms", Describe(args.Outcome), args.RetryDelay.TotalMilliseconds);

    private FetchResult Failed(Uri url, Exception ex, int attempts, long started, double requestMs)
    {
        var error = Describe(ex);
        log.Debug("GET {Url:l} failed after {Attempts} attempt(s): {Error:l}", url.AbsoluteUri, attempts, error);
        // The attempt the breaker stopped was never sent, so it is not counted as one.
        var sent = ex is HostCutOffException ? attempts - 1 : attempts;
        return new(url, url, null, null, sent, 0, Elapsed(started), requestMs, error) { Failure = Kind(ex) };
    }

    private static FetchFailure Kind(Exception ex) => ex switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => FetchFailure.HostNotFound,
        OffSiteRedirectException => FetchFailure.OffSiteRedirect,
        HostCutOffException { Refused: true } => FetchFailure.HostRefused,
        HostCutOffException => FetchFailure.HostFailing,
        _ => FetchFailure.Other,
    };

    private PageResponse LogAttempt(Uri url, PageResponse answer, int attempt, long attemptStarted)
    {
        log.Debug("GET {Url:l} {Status} attempt {Attempt} {ElapsedMs:0} ms", url.AbsoluteUri, answer.StatusCode, attempt, time.GetElapsedTime(attemptStarted).TotalMilliseconds);
        return answer;
    }

    private double Elapsed(long started) => time.GetElapsedTime(started).TotalMilliseconds;

    private double Ms(long from, long to) => time.GetElapsedTime(from, to).TotalMilliseconds;

    // The caller's own cancellation is not a fetch failure: it propagates and ends the run.
    private static bool IsFetchFailure(Exception ex, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && ex is HttpRequestException or TimeoutRejectedException or IOException
            or OperationCanceledException or PageTooLargeException or OffSiteRedirectException or TooManyRedirectsException or System.Net.Sockets.SocketException
            or HostCutOffException;

    // Where network text enters a result or a log: an exception's message may quote the server (an invalid header
    // name, a Location), so it is cleaned here, once, like page text (STYLE.md §14).
    private static string Describe(Exception ex) => CleanText.Of(ex switch
    {
        TimeoutRejectedException => "timed out",
        HttpRequestException { InnerException: { } inner } http when !http.Message.Contains(inner.Message, StringComparison.Ordinal) => $"{http.Message} ({inner.Message})",
        _ => ex.Message,
    });

    private static string Describe(Outcome<PageResponse> outcome) =>
        outcome.Exception is { } ex ? Describe(ex) : $"HTTP {outcome.Result?.StatusCode}";
}
