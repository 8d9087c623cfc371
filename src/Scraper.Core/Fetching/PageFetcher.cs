using Polly;
using Polly.Timeout;
using Scraper.Parsing;
using Scraper.Results;
using Scraper.Robots;
using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// Fetches pages through the session's one HttpClient: from the cache when it answers, else politely (what the page's
/// host is owed: <see cref="HostPolicies"/>), through the resilience pipeline. A page is read once: the caller's
/// reader decides what it is, and that verdict reaches the host's breaker and the cache inside the fetch.
/// </summary>
public sealed class PageFetcher
{
    private readonly AttemptSender sender;
    private readonly ResiliencePipeline<PageResponse> pipeline;
    private readonly ResiliencePipeline<PageResponse> paced;
    private readonly ResiliencePipeline<PageResponse> attemptTimeout;
    private readonly HostPolicies hosts;
    private readonly HostRobots? robots;
    private readonly FetchCache? cache;
    private readonly ILogger log;
    private readonly TimeProvider time;

    public PageFetcher(HttpClient client, FetchOptions options, HostPolicies hosts, ILogger log, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.time = time ?? TimeProvider.System;
        this.log = log;
        this.hosts = hosts;
        sender = new AttemptSender(client, options, this.time);
        cache = options.CacheDirectory is { } directory ? new FetchCache(new Caching.DiskCache(directory), options.CacheOnly, this.time, log) { AsIs = options.CacheAsIs } : null;
        pipeline = FetchPipeline.Create(options, this.time, LogRetry);
        paced = FetchPipeline.Create(options, this.time, LogRetry, paced: true);
        attemptTimeout = FetchPipeline.CreateAttemptTimeout(options, this.time);
        robots = options.ObeyRobots ? new HostRobots(sender, attemptTimeout, this.time, log) : null;
    }

    /// <summary>Fetches a file that is no dictionary page (a recording): politely, but it tells the breaker and the cache nothing.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) =>
        await FetchAsync(url, static _ => null, IRequestSlots.None, Sending.Async, null, cancellationToken);

    /// <param name="read">
    /// Reads the fetched page and says what it is; its verdict goes to the host's breaker and, for a page worth keeping,
    /// the page to the cache. Null: a file that tells neither.
    /// </param>
    /// <param name="slots">One is held for each attempt's request and body only (not for the host's waits, retries or reading).</param>
    /// <param name="followRedirect">When given, which redirects on the site to follow; see <see cref="AttemptSender.SendAsync"/>.</param>
    internal async ValueTask<FetchResult> FetchAsync(
        Uri url, Func<FetchResult, PageReading?> read, IRequestSlots slots, Sending sending, Func<Uri, bool>? followRedirect, CancellationToken cancellationToken)
    {
        var fetched = await FetchOnceAsync(url, slots, sending, followRedirect, cancellationToken);
        if (read(fetched) is { } reading)
        {
            // A page the host was not asked for (the cache's, robots.txt's, the breaker's) tells the breaker nothing.
            if (fetched is { Attempts: > 0, Failure: not (FetchFailure.HostRefused or FetchFailure.HostFailing) })
            {
                hosts.For(url).Record(reading.Verdict);
            }

            if (cache is not null)
            {
                await sending.Wait(cache.KeepAsync(fetched, reading.Kind, cancellationToken));
            }
        }

        return fetched;
    }

    private async ValueTask<FetchResult> FetchOnceAsync(Uri url, IRequestSlots slots, Sending sending, Func<Uri, bool>? followRedirect, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var cached = cache is null ? null : await sending.Wait(cache.ReadAsync(url, cancellationToken));
        if (cache?.Offline(url, cached, Elapsed(started)) is { } offline)
        {
            return offline;
        }

        var host = hosts.For(url);
        if (robots is not null && await robots.RulesForAsync(host, url, slots, sending, cancellationToken) is var rules && !rules.Allows(url))
        {
            return Disallowed(url, started, rules);
        }

        var attempts = 0;
        var requestMs = 0.0;
        var phases = new RequestPhases();
        var lastEnded = 0L;
        var validators = cached is null ? null : FetchCache.ValidatorsOf(cached);
        async ValueTask<PageResponse> AttemptAsync(CancellationToken ct)
        {
            var attempt = Interlocked.Increment(ref attempts);
            phases.RetryWaitMs += lastEnded == 0 ? 0 : Ms(lastEnded, time.GetTimestamp());
            try
            {
                return await PoliteAttempt.RunAsync(host, slots, sending, attemptTimeout, phases, time, async act =>
                {
                    var attemptStarted = time.GetTimestamp();
                    try
                    {
                        return LogAttempt(url, await sending.SendAsync(sender, url, validators, followRedirect, phases, act), attempt, attemptStarted);
                    }
                    finally
                    {
                        var attemptMs = time.GetElapsedTime(attemptStarted).TotalMilliseconds;
                        requestMs += attemptMs;
                        phases.AttemptMs += attemptMs;
                    }
                }, ct);
            }
            finally
            {
                lastEnded = time.GetTimestamp();
            }
        }

        try
        {
            // A host held to a rate may queue its pages longer than the total budget: each attempt keeps its own timeout.
            var response = await sending.ExecuteAsync(host.RequestsPerSecond > 0 ? paced : pipeline, AttemptAsync, cancellationToken);
            return Completed(url, response, cached, attempts, started, requestMs) with { Phases = phases.Snapshot(started) };
        }
        catch (Exception ex) when (IsFetchFailure(ex, cancellationToken))
        {
            return Failed(url, ex, attempts, started, requestMs) with { Phases = phases.Snapshot(started) };
        }
    }

    // A 304 confirms the cached copy: the word gets the cached page and status, after the requests it took.
    private FetchResult Completed(Uri url, PageResponse response, Caching.CachedPage? cached, int attempts, long started, double requestMs) =>
        response.StatusCode == 304 && cached is not null
            ? FetchCache.Answer(url, cached, attempts, Elapsed(started), requestMs)
            : new(url, response.FinalUrl, response.StatusCode, response.Body, attempts, response.Bytes, Elapsed(started), requestMs, null)
            {
                Headers = response.Headers,
                RedirectedTo = response.RedirectedTo,
            };

    // Never requested: no status, no attempt. A host whose name did not resolve for its robots.txt fails as not found.
    private FetchResult Disallowed(Uri url, long started, RobotsRules rules) =>
        new(url, url, null, null, 0, 0, Elapsed(started), 0, rules.HostNotFound ?? HostRobots.DisallowedError)
        {
            Failure = rules.HostNotFound is null ? FetchFailure.Disallowed : FetchFailure.HostNotFound,
        };

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
