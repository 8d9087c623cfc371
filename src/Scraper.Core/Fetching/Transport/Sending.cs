using Polly;

namespace Scraper.Fetching;

/// <summary>
/// How a lookup waits and sends: the one part of the engine with two forms. <see cref="Async"/> awaits (every
/// command, and bench's async mode); <see cref="Blocking"/> blocks the calling thread on every wait and sends with
/// HttpClient's synchronous Send (bench's sync and threads modes). The policy above it (robots.txt, a host's pause,
/// rate and spacing, the breaker, the cache, the page walk) is written once, as async code: under the blocking form
/// every await it makes is already complete, so it runs start to end on the caller's thread.
/// </summary>
public abstract class Sending
{
    public static Sending Async { get; } = new AsyncSending();

    public static Sending Blocking { get; } = new BlockingSending();

    internal abstract ValueTask<PageResponse> SendAsync(
        AttemptSender sender, Uri url, PageHeaders? validators, Func<Uri, bool>? followRedirect, RequestPhases? phases, CancellationToken cancellationToken, int? readAtMost = null);

    /// <summary>A wait of the policy (a pause, a rate permit, a slot, a delay), awaited or waited out on this thread.</summary>
    internal abstract ValueTask Wait(ValueTask pending);

    /// <inheritdoc cref="Wait(ValueTask)"/>
    internal abstract ValueTask<T> Wait<T>(ValueTask<T> pending);

    internal ValueTask Wait(Task pending) => Wait(new ValueTask(pending));

    internal ValueTask<T> Wait<T>(Task<T> pending) => Wait(new ValueTask<T>(pending));

    /// <summary>Runs <paramref name="callback"/> through <paramref name="pipeline"/>: Polly's async or synchronous execution.</summary>
    internal abstract ValueTask<T> ExecuteAsync<T>(ResiliencePipeline<T> pipeline, Func<CancellationToken, ValueTask<T>> callback, CancellationToken cancellationToken);

    private sealed class AsyncSending : Sending
    {
        internal override ValueTask<PageResponse> SendAsync(
            AttemptSender sender, Uri url, PageHeaders? validators, Func<Uri, bool>? followRedirect, RequestPhases? phases, CancellationToken cancellationToken, int? readAtMost = null) =>
            sender.SendAsync(url, validators, followRedirect, cancellationToken, phases, readAtMost);

        internal override ValueTask Wait(ValueTask pending) => pending;

        internal override ValueTask<T> Wait<T>(ValueTask<T> pending) => pending;

        internal override ValueTask<T> ExecuteAsync<T>(ResiliencePipeline<T> pipeline, Func<CancellationToken, ValueTask<T>> callback, CancellationToken cancellationToken) =>
            pipeline.ExecuteAsync(static (callback, ct) => callback(ct), callback, cancellationToken);
    }

    private sealed class BlockingSending : Sending
    {
        internal override ValueTask<PageResponse> SendAsync(
            AttemptSender sender, Uri url, PageHeaders? validators, Func<Uri, bool>? followRedirect, RequestPhases? phases, CancellationToken cancellationToken, int? readAtMost = null) =>
            ValueTask.FromResult(sender.Send(url, validators, followRedirect, cancellationToken, phases, readAtMost));

        internal override ValueTask Wait(ValueTask pending)
        {
            if (!pending.IsCompleted)
            {
                pending.AsTask().GetAwaiter().GetResult();
                return ValueTask.CompletedTask;
            }

            return pending;
        }

        internal override ValueTask<T> Wait<T>(ValueTask<T> pending) =>
            pending.IsCompleted ? pending : ValueTask.FromResult(pending.AsTask().GetAwaiter().GetResult());

        // Polly's synchronous execution: its retry waits block this thread too. The callback completes at once here,
        // since every wait and send under it blocks.
        internal override ValueTask<T> ExecuteAsync<T>(ResiliencePipeline<T> pipeline, Func<CancellationToken, ValueTask<T>> callback, CancellationToken cancellationToken) =>
            ValueTask.FromResult(pipeline.Execute(static (callback, ct) => Complete(callback(ct)), callback, cancellationToken));

        private static T Complete<T>(ValueTask<T> done) => done.IsCompleted ? done.Result : done.AsTask().GetAwaiter().GetResult();
    }
}
