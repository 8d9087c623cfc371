using System.Collections.Concurrent;
using System.Diagnostics;
using Scraper.Lookup;
using Scraper.Results;

namespace Scraper.Benchmark;

/// <summary>
/// Times the same lookups three ways: "async" (the session's run loop, the very engine `lookup` runs: Task.WhenAll
/// throttled by request slots), "sync" (one page at a time, blocking) and "threads" (blocking calls on N threads).
/// The modes differ only in how they wait and send (<see cref="Fetching.Sending"/>); the policy is the session's.
/// A pass that is cancelled throws <see cref="OperationCanceledException"/> once its words in flight have stopped.
/// </summary>
public sealed class BenchRunner(LookupSession session, WordLookup lookup)
{
    private WordFeed feed = new(0, null);

    /// <summary>--arrival-rate: async words start on this schedule, whatever the answers (the open model); null: as slots free up.</summary>
    public ArrivalSchedule? Arrivals { get; init; }

    /// <summary>Words of the current pass handed out so far (done or under way).</summary>
    public int WordsStarted => feed.Started;

    /// <param name="progress">Told the number of words done so far, as they finish.</param>
    public Task<PassOutcome> RunPassAsync(BenchMode mode, int concurrency, IReadOnlyList<string> keywords, IProgress<int>? progress, CancellationToken cancellationToken) =>
        RunPassAsync(mode, concurrency, keywords, progress, null, cancellationToken);

    /// <param name="duration">With a duration, the pass cycles through the words until it has passed, then lets those under way finish.</param>
    public async Task<PassOutcome> RunPassAsync(BenchMode mode, int concurrency, IReadOnlyList<string> keywords, IProgress<int>? progress, TimeSpan? duration, CancellationToken cancellationToken)
    {
        var results = new ConcurrentDictionary<int, LookupResult>();
        var done = 0;
        void Record(int index, LookupResult result)
        {
            results[index] = result;
            progress?.Report(Interlocked.Increment(ref done));
        }

        feed = new WordFeed(keywords.Count, duration);

        var started = Stopwatch.GetTimestamp();
        Arrivals?.Begin(started);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        switch (mode)
        {
            case BenchMode.Sync:
                // A dedicated thread that blocks on every request, as the first sketch of the tool did.
                await OnOwnThread(() => RunBlocking(keywords, Record, cancellationToken), cancellationToken);
                concurrency = 1;
                break;
            case BenchMode.Async:
                // The open model (--arrival-rate): each word waits for its due time before it starts.
                await session.RunAsync(lookup, Feed(keywords), concurrency, (i, r) => { Record(i, r); return ValueTask.CompletedTask; }, Arrivals is { } arrivals ? arrivals.WaitAsync : null, cancellationToken);
                break;
            case BenchMode.Threads:
                await OnOwnThread(() => RunOnThreads(keywords, concurrency, Record, cancellationToken), cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown mode");
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        cancellationToken.ThrowIfCancellationRequested();
        var finished = Enumerable.Range(0, feed.Started).Select(i => results.TryGetValue(i, out var r) ? r : throw new InvalidOperationException("a word was not looked up")).ToList();
        var sample = new PassSample(mode, concurrency, wall, [.. finished.Select(ToSample)]) { CpuMs = cpuMs, Started = started };
        return new PassOutcome(sample, finished);
    }

    private static Task OnOwnThread(Action action, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(action, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void RunBlocking(IReadOnlyList<string> keywords, Action<int, LookupResult> record, CancellationToken cancellationToken)
    {
        while (feed.TryNext(out var i))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var keyword = keywords[i % keywords.Count];
            record(i, LookupSession.LookupBlocking(lookup, keyword, cancellationToken));
        }
    }

    private IEnumerable<(int Index, string Word)> Feed(IReadOnlyList<string> keywords)
    {
        while (feed.TryNext(out var i))
        {
            yield return (i, keywords[i % keywords.Count]);
        }
    }

    // A worker thread's exception would end the process: a word's own is its failure already (WordLookup), and anything
    // else (cancellation included) is kept and rethrown on the caller's thread once every worker has stopped.
    private void RunOnThreads(IReadOnlyList<string> keywords, int concurrency, Action<int, LookupResult> record, CancellationToken cancellationToken)
    {
        var errors = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, concurrency).Select(_ => new Thread(() =>
        {
            try
            {
                while (!cancellationToken.IsCancellationRequested && feed.TryNext(out var index))
                {
                    var keyword = keywords[index % keywords.Count];
                    record(index, LookupSession.LookupBlocking(lookup, keyword, cancellationToken));
                }
            }
            catch (Exception ex)
            {
                errors.Enqueue(ex);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        cancellationToken.ThrowIfCancellationRequested();
        if (!errors.IsEmpty)
        {
            throw new AggregateException(errors);
        }
    }

    // The latency of a word is the time its requests took, not its wait for a free request slot:
    // otherwise async's queueing would show up as slow pages.
    private static PageSample ToSample(LookupResult result) =>
        new(result.Trace.RequestMs, result.HttpStatus, 1 + result.Trace.Retries, result.Trace.Bytes, result.Trace.Pages)
        {
            Keyword = result.Keyword,
            Timings = result.Trace.Timings,
        };
}
