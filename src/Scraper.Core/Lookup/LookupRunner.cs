using System.Collections.Concurrent;
using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>
/// Looks many words up concurrently: Task.WhenAll over the words, throttled by a SemaphoreSlim.
/// The semaphore is taken before a word's task is started, so at most <c>concurrency</c> tasks
/// and results exist at once however long the keyword list is: memory stays flat.
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
        using var throttle = new SemaphoreSlim(Math.Max(1, concurrency));
        using var output = new SemaphoreSlim(1);
        var running = new ConcurrentDictionary<Task, byte>();
        var index = 0;
        foreach (var keyword in keywords)
        {
            try
            {
                await throttle.WaitAsync(stopFeeding);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var task = LookupOneAsync(index++, keyword, throttle, output, onResult, abort);
            running.TryAdd(task, 0);
            _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await Task.WhenAll(running.Keys);
    }

    private async Task LookupOneAsync(
        int index,
        string keyword,
        SemaphoreSlim throttle,
        SemaphoreSlim output,
        Func<int, LookupResult, ValueTask> onResult,
        CancellationToken abort)
    {
        try
        {
            var result = await lookup.LookupAsync(keyword, abort);
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
            throttle.Release();
        }
    }
}
