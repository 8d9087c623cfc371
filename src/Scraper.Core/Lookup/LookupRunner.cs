using System.Collections.Concurrent;
using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>
/// Looks many words up concurrently: Task.WhenAll over the words, with a SemaphoreSlim throttle that
/// holds the requests in flight to <c>concurrency</c>. The throttle covers a request and its body only,
/// so one word's parsing overlaps the next word's request. A second semaphore, taken before a word's
/// task starts, keeps at most twice that many words under way, so memory stays flat however long the
/// keyword list is.
/// </summary>
public sealed class LookupRunner(WordLookup lookup, int concurrency)
{
    /// <param name="onResult">
    /// Called once per finished word with its index in <paramref name="keywords"/>, never concurrently. If it throws
    /// (the results cannot be written), the run stops at once: no new word, the words in flight abandoned, and
    /// <see cref="RunAsync"/> throws that exception once they have ended.
    /// </param>
    /// <param name="stopFeeding">When cancelled, no new word is started; words in flight still finish.</param>
    /// <param name="abort">When cancelled, words in flight are abandoned and not reported.</param>
    public async Task RunAsync(
        IEnumerable<string> keywords,
        Func<int, LookupResult, ValueTask> onResult,
        CancellationToken stopFeeding,
        CancellationToken abort)
    {
        using var run = new LookupRun(concurrency, onResult, stopFeeding, abort);
        var running = new ConcurrentDictionary<Task, byte>();
        var index = 0;
        foreach (var keyword in keywords)
        {
            try
            {
                await run.Words.WaitAsync(run.Feeding);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var task = LookupOneAsync(index++, keyword, run);
            running.TryAdd(task, 0);
            _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await Task.WhenAll(running.Keys);
        run.OutputFault?.Throw();
    }

    private async Task LookupOneAsync(int index, string keyword, LookupRun run)
    {
        try
        {
            // WordLookup turns every fault of the word into its failed result; only cancellation comes out.
            var result = await lookup.LookupAsync(keyword, run.Aborting, run.Requests);
            await run.ReportAsync(index, result);
        }
        catch (OperationCanceledException) when (run.Aborting.IsCancellationRequested)
        {
            // Abandoned by the caller or after an output failure: the word is not reported, so a resumed run looks it up again.
        }
        finally
        {
            run.Words.Release();
        }
    }
}
