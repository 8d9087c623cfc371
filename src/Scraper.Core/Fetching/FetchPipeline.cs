using System.Net.Sockets;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Scraper.Fetching;

/// <summary>
/// The resilience pipelines of a run: a total timeout, then retries with exponential backoff
/// and jitter (Retry-After honoured); and, inside each attempt, the attempt's own timeout, which
/// starts only once the request may go (a wait for a free request slot is not the site's fault).
/// </summary>
internal static class FetchPipeline
{
    public static ResiliencePipeline<PageResponse> CreateAttempt(FetchOptions options, TimeProvider time) =>
        new ResiliencePipelineBuilder<PageResponse> { TimeProvider = time }.AddTimeout(options.AttemptTimeout).Build();

    public static ResiliencePipeline<PageResponse> Create(FetchOptions options, TimeProvider time, Action<OnRetryArguments<PageResponse>>? onRetry = null)
    {
        var builder = new ResiliencePipelineBuilder<PageResponse> { TimeProvider = time };
        builder.AddTimeout(options.TotalTimeout);
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
                    .HandleResult(r => TransientStatus.IsTransient(r.StatusCode)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    onRetry?.Invoke(args);
                    return default;
                },
            });
        }

        return builder.Build();
    }
}
