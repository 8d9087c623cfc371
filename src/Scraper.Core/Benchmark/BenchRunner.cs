using System.Collections.Concurrent;
using System.Diagnostics;
using Scraper.Lookup;
using Scraper.Results;

namespace Scraper.Benchmark;

/// <summary>
/// Times the same lookups three ways: "sync" (one page at a time, blocking), "async"
/// (Task.WhenAll throttled by a SemaphoreSlim) and "threads" (blocking calls on N threads).
/// </summary>
public sealed class BenchRunner(WordLookup lookup)
{
    /// <param name="progress">Told the number of words done so far, as they finish.</param>
    public async Task<PassOutcome> RunPassAsync(BenchMode mode, int concurrency, IReadOnlyList<string> keywords, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var results = new LookupResult?[keywords.Count];
        var done = 0;
        void Record(int index, LookupResult result)
        {
            results[index] = result;
            progress?.Report(Interlocked.Increment(ref done));
        }

        var clock = Stopwatch.StartNew();
        switch (mode)
        {
            case BenchMode.Sync:
                // A dedicated thread that blocks on every request, as the first sketch of the tool did.
                await Task.Factory.StartNew(
                    () => RunBlocking(keywords, Record, cancellationToken),
                    cancellationToken,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
                concurrency = 1;
                break;
            case BenchMode.Async:
                await RunAsync(keywords, concurrency, Record, cancellationToken);
                break;
            case BenchMode.Threads:
                RunOnThreads(keywords, concurrency, Record, cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown mode");
        }

        var wall = clock.Elapsed.TotalMilliseconds;
        var finished = results.Select(r => r ?? throw new InvalidOperationException("a word was not looked up")).ToList();
        return new PassOutcome(new PassSample(mode, concurrency, wall, [.. finished.Select(ToSample)]), finished);
    }

    private void RunBlocking(IReadOnlyList<string> keywords, Action<int, LookupResult> record, CancellationToken cancellationToken)
    {
        for (var i = 0; i < keywords.Count; i++)
        {
            record(i, lookup.Lookup(keywords[i], cancellationToken));
        }
    }

    private async Task RunAsync(IReadOnlyList<string> keywords, int concurrency, Action<int, LookupResult> record, CancellationToken cancellationToken) =>
        await new LookupRunner(lookup, concurrency).RunAsync(
            keywords,
            (index, result) =>
            {
                record(index, result);
                return ValueTask.CompletedTask;
            },
            cancellationToken,
            cancellationToken);

    private void RunOnThreads(IReadOnlyList<string> keywords, int concurrency, Action<int, LookupResult> record, CancellationToken cancellationToken)
    {
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, keywords.Count));
        var threads = Enumerable.Range(0, concurrency).Select(_ => new Thread(() =>
        {
            while (queue.TryDequeue(out var index))
            {
                record(index, lookup.Lookup(keywords[index], cancellationToken));
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
    }

    // The latency of a word is the time its requests took, not its wait for a free request slot:
    // otherwise async's queueing would show up as slow pages.
    private static PageSample ToSample(LookupResult result) =>
        new(result.Trace.RequestMs, result.HttpStatus, 1 + result.Trace.Retries, result.Trace.Bytes, result.Trace.Pages);
}
