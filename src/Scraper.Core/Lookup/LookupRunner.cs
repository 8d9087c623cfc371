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
    /// <param name="onResult">Called once per finished word with its index in <paramref name="keywords"/>, never concurrently.</param>
    /// <param name="stopFeeding">When cancelled, no new word is started; words in flight still finish.</param>
    /// <param name="abort">When cancelled, words in flight are abandoned and not reported.</param>
    public async Task RunAsync(
        IEnumerable<string> keywords,
        Func<int, LookupResult, ValueTask> onResult,
        CancellationToken stopFeeding,
        CancellationToken abort)
    {
        using var requests = new SemaphoreSlim(Math.Max(1, concurrency));
        using var words = new SemaphoreSlim(2 * Math.Max(1, concurrency));
        using var output = new SemaphoreSlim(1);
        var running = new ConcurrentDictionary<Task, byte>();
        var index = 0;
        foreach (var keyword in keywords)
        {
            try
            {
                await words.WaitAsync(stopFeeding);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var task = LookupOneAsync(index++, keyword, words, requests, output, onResult, abort);
            running.TryAdd(task, 0);
            _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await Task.WhenAll(running.Keys);
    }

    private async Task LookupOneAsync(
        int index,
        string keyword,
        SemaphoreSlim words,
        SemaphoreSlim requests,
        SemaphoreSlim output,
        Func<int, LookupResult, ValueTask> onResult,
        CancellationToken abort)
    {
        try
        {
            var result = await lookup.LookupAsync(keyword, abort, requests);
            await output.WaitAsync(CancellationToken.None);
            try
            {
                await onResult(index, result);
            }
            finally
            {
                output.Release();
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Abandoned by the caller: the word is not reported, so a resumed run looks it up again.
        }
        finally
        {
            words.Release();
        }
    }
}
