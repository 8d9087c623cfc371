using System.Diagnostics;
using Polly;
using Polly.Timeout;
using Serilog;

namespace Scraper.Fetching;

/// <summary>Fetches pages through the run's one HttpClient and its resilience pipelines.</summary>
public sealed class PageFetcher
{
    private readonly AttemptSender sender;
    private readonly ResiliencePipeline<PageResponse> pipeline;
    private readonly ResiliencePipeline<PageResponse> attemptPipeline;
    private readonly ILogger log;
    private readonly TimeProvider time;

    public PageFetcher(HttpClient client, FetchOptions options, ILogger log, TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        this.log = log;
        sender = new AttemptSender(client, options, this.time);
        attemptPipeline = FetchPipeline.CreateAttempt(options, this.time);
        pipeline = FetchPipeline.Create(options, this.time, args =>
            log.Debug("Retrying after {Reason}, waiting {DelayMs:0} ms", Describe(args.Outcome), args.RetryDelay.TotalMilliseconds));
    }

    /// <param name="requestGate">
    /// When given, held for each attempt's request and body only (not for retry waits or parsing),
    /// so it bounds the requests in flight exactly.
    /// </param>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken, SemaphoreSlim? requestGate = null)
    {
        var started = time.GetTimestamp();
        var attempts = 0;
        var requestMs = 0.0;
        try
        {
            var response = await pipeline.ExecuteAsync(
                async ct =>
                {
                    var attempt = Interlocked.Increment(ref attempts);
                    if (requestGate is not null)
                    {
                        await requestGate.WaitAsync(ct);
                    }

                    try
                    {
                        var attemptStarted = time.GetTimestamp();
                        try
                        {
                            var answer = await attemptPipeline.ExecuteAsync(async act => await sender.SendAsync(url, act), ct);
                            LogAttempt(url, answer.StatusCode, attempt, attemptStarted);
                            return answer;
                        }
                        finally
                        {
                            requestMs += time.GetElapsedTime(attemptStarted).TotalMilliseconds;
                        }
                    }
                    finally
                    {
                        requestGate?.Release();
                    }
                },
                cancellationToken);
            return Completed(url, response, attempts, started, requestMs);
        }
        catch (Exception ex) when (IsFetchFailure(ex, cancellationToken))
        {
            return Failed(url, ex, attempts, started, requestMs);
        }
    }

    public FetchResult Fetch(Uri url, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var attempts = 0;
        var requestMs = 0.0;
        try
        {
            var response = pipeline.Execute(
                ct =>
                {
                    var attempt = Interlocked.Increment(ref attempts);
                    var attemptStarted = time.GetTimestamp();
                    try
                    {
                        var answer = attemptPipeline.Execute(act => sender.Send(url, act), ct);
                        LogAttempt(url, answer.StatusCode, attempt, attemptStarted);
                        return answer;
                    }
                    finally
                    {
                        requestMs += time.GetElapsedTime(attemptStarted).TotalMilliseconds;
                    }
                },
                cancellationToken);
            return Completed(url, response, attempts, started, requestMs);
        }
        catch (Exception ex) when (IsFetchFailure(ex, cancellationToken))
        {
            return Failed(url, ex, attempts, started, requestMs);
        }
    }

    private FetchResult Completed(Uri url, PageResponse response, int attempts, long started, double requestMs) =>
        new(url, response.FinalUrl, response.StatusCode, response.Body, attempts, response.Bytes, Elapsed(started), requestMs, null);

    private FetchResult Failed(Uri url, Exception ex, int attempts, long started, double requestMs)
    {
        log.Debug("GET {Url:l} failed after {Attempts} attempt(s): {Error}", url, attempts, ex.Message);
        return new(url, url, null, null, attempts, 0, Elapsed(started), requestMs, Describe(ex));
    }

    private void LogAttempt(Uri url, int status, int attempt, long attemptStarted) =>
        log.Debug("GET {Url:l} {Status} attempt {Attempt} {ElapsedMs:0} ms", url, status, attempt, time.GetElapsedTime(attemptStarted).TotalMilliseconds);

    private double Elapsed(long started) => time.GetElapsedTime(started).TotalMilliseconds;

    // The caller's own cancellation is not a fetch failure: it propagates and ends the run.
    private static bool IsFetchFailure(Exception ex, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && ex is HttpRequestException or TimeoutRejectedException or IOException
            or OperationCanceledException or PageTooLargeException or OffSiteRedirectException or System.Net.Sockets.SocketException;

    private static string Describe(Exception ex) => ex switch
    {
        TimeoutRejectedException => "timed out",
        HttpRequestException { InnerException: { } inner } http when !http.Message.Contains(inner.Message, StringComparison.Ordinal) => $"{http.Message} ({inner.Message})",
        _ => ex.Message,
    };

    private static string Describe(Outcome<PageResponse> outcome) =>
        outcome.Exception is { } ex ? Describe(ex) : $"HTTP {outcome.Result?.StatusCode}";
}
