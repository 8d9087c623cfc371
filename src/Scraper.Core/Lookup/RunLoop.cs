using System.Collections.Concurrent;
using Scraper.Fetching;
using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>
/// The one throttled run loop, for lookup, check and bench's async mode: Task.WhenAll over the words, with request
/// slots that hold the requests in flight to <c>concurrency</c> over every host together (taken only once a host's
/// politeness lets a request go, and held for the request and its body only, so one word's parsing overlaps the next
/// word's request). Every site has its own feed of words and its own window of words under way (twice the
/// concurrency), so a site that is slow, paused or held to a rate fills only its own window, and memory stays flat
/// however long the word list is.
/// </summary>
internal static class RunLoop
{
    /// <param name="feeds">Per site, the (index, word) pairs to look up, read lazily as the site's window allows.</param>
    /// <param name="onResult">
    /// Called once per finished pair with its index, never concurrently. If it throws (the results cannot be written),
    /// the run stops at once: nothing new starts, the pairs in flight are abandoned, and this throws that exception once
    /// they have ended.
    /// </param>
    /// <param name="stopFeeding">When cancelled, no new pair is started; pairs in flight still finish.</param>
    /// <param name="abort">When cancelled, pairs in flight are abandoned and not reported.</param>
    /// <param name="due">When given, each pair waits for it (by its index) before it starts: bench's open model.</param>
    public static async Task RunAsync(
        IReadOnlyList<WordLookup> sites,
        Func<int, IEnumerable<(int Index, string Word)>> feeds,
        int concurrency,
        Func<int, LookupResult, ValueTask> onResult,
        CancellationToken stopFeeding,
        CancellationToken abort,
        Func<int, CancellationToken, Task>? due = null)
    {
        using var run = new LookupRun(onResult, stopFeeding, abort);
        var slots = new FairRequestSlots(concurrency);
        await Task.WhenAll(sites.Select((site, i) => FeedAsync(site, feeds(i), concurrency, slots, run, due)));
        run.OutputFault?.Throw();
    }

    private static async Task FeedAsync(
        WordLookup site, IEnumerable<(int Index, string Word)> feed, int concurrency, FairRequestSlots slots, LookupRun run, Func<int, CancellationToken, Task>? due)
    {
        // Yield first, so that every site's feed starts before any one of them runs ahead.
        await Task.Yield();
        using var window = new SemaphoreSlim(2 * Math.Max(1, concurrency));
        var running = new ConcurrentDictionary<Task, byte>();
        using (var pairs = feed.GetEnumerator())
        {
            while (true)
            {
                try
                {
                    await window.WaitAsync(run.Feeding);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                if (!pairs.MoveNext())
                {
                    window.Release();
                    break;
                }

                if (due is not null)
                {
                    try
                    {
                        await due(pairs.Current.Index, run.Feeding);
                    }
                    catch (OperationCanceledException)
                    {
                        window.Release();
                        break;
                    }
                }

                var task = LookupOneAsync(pairs.Current.Index, pairs.Current.Word, site, slots, window, run);
                running.TryAdd(task, 0);
                _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        await Task.WhenAll(running.Keys);
    }

    private static async Task LookupOneAsync(int index, string keyword, WordLookup lookup, FairRequestSlots slots, SemaphoreSlim window, LookupRun run)
    {
        try
        {
            // WordLookup turns every fault of the word into its failed result; only cancellation comes out.
            var result = await lookup.LookupAsync(keyword, slots, Sending.Async, run.Aborting);
            await run.ReportAsync(index, result);
        }
        catch (OperationCanceledException) when (run.Aborting.IsCancellationRequested)
        {
            // Abandoned by the caller or after an output failure: the pair is not reported, so a resumed run asks again.
        }
        finally
        {
            window.Release();
        }
    }
}
