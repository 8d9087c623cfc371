using System.Net.Sockets;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Scraper.Parsing;

namespace Scraper.Fetching;

/// <summary>
/// The resilience pipelines of a run: a total timeout, then retries with exponential backoff
/// and jitter (Retry-After honoured); and each attempt's own timeout, which starts only once the
/// request may go (a wait for the host or for a request slot is not the site's fault).
/// </summary>
internal static class FetchPipeline
{
    /// <summary>The attempt's own timeout alone, started once the attempt holds its request slot.</summary>
    public static ResiliencePipeline<PageResponse> CreateAttemptTimeout(FetchOptions options, TimeProvider time) =>
        new ResiliencePipelineBuilder<PageResponse> { TimeProvider = time }.AddTimeout(options.AttemptTimeout).Build();

    /// <param name="paced">The page's host is held to a rate: no total timeout.</param>
    public static ResiliencePipeline<PageResponse> Create(FetchOptions options, TimeProvider time, Action<OnRetryArguments<PageResponse>>? onRetry = null, bool paced = false)
    {
        var builder = new ResiliencePipelineBuilder<PageResponse> { TimeProvider = time };

        // Under a rate limit, a word may queue behind the others for its host longer than any fixed budget;
        // each attempt keeps its own timeout and the retries stay counted, so the page still ends.
        if (!paced)
        {
            builder.AddTimeout(options.TotalTimeout);
        }

        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<PageResponse>
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = new PredicateBuilder<PageResponse>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<IOException>()
                    .Handle<SocketException>()
                    .HandleResult(IsTransient),
                // Without Retry-After, Polly's own backoff (null); with one, the larger of it and the backoff.
                DelayGenerator = args => new ValueTask<TimeSpan?>(
                    args.Outcome.Result is { RetryAfter: { } retryAfter } answer
                        ? RetryBackoff.WithRetryAfter(retryAfter, args.AttemptNumber, options, hostPaused: answer.StatusCode == 429)
                        : null),
                OnRetry = args =>
                {
                    onRetry?.Invoke(args);
                    return default;
                },
            });
        }

        return builder.Build();
    }

    // A challenge page is the site refusing the tool, whatever its status: asking again only asks to be refused again.
    private static bool IsTransient(PageResponse answer) =>
        TransientStatus.IsTransient(answer.StatusCode) && !ChallengeDetector.IsChallengePage(answer.Body, answer.Headers.ContentType);
}
