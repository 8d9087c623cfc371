using System.Collections.Concurrent;
using Scraper.Fetching;
using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>
/// Looks words up on several sites in one run: each (word, site) pair is one result. Every site has its own feed of
/// words and its own window of words under way (twice the concurrency), so a site that is slow, paused or held to a
/// rate fills only its own window; the request slots (<c>concurrency</c>, the most requests in flight at once) are
/// shared by the whole run and taken only once a host's politeness lets a request go.
/// </summary>
public sealed class MultiSiteLookup(IReadOnlyList<WordLookup> sites, int concurrency)
{
    public IReadOnlyList<WordLookup> Sites => sites;

    /// <summary>Where the pair (word, site) stands in the run's stable order: word order, then the sites in the order given.</summary>
    public int IndexOf(int word, int site) => (word * sites.Count) + site;

    /// <param name="keywords">The words, in order; every site is asked for each of them.</param>
    /// <param name="isDone">Pairs not to look up (a resumed file has them); null: none.</param>
    /// <param name="onResult">
    /// Called once per finished pair with <see cref="IndexOf"/>, never concurrently. If it throws, the run stops as
    /// <see cref="LookupRunner.RunAsync"/> does, and this throws that exception once the pairs in flight have ended.
    /// </param>
    /// <param name="stopFeeding">When cancelled, no new pair is started; pairs in flight still finish.</param>
    /// <param name="abort">When cancelled, pairs in flight are abandoned and not reported.</param>
    public async Task RunAsync(
        IReadOnlyList<string> keywords,
        Func<int, int, bool>? isDone,
        Func<int, LookupResult, ValueTask> onResult,
        CancellationToken stopFeeding,
        CancellationToken abort)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        using var run = new LookupRun(concurrency, onResult, stopFeeding, abort);
        var slots = new FairRequestSlots(concurrency);
        await Task.WhenAll(sites.Select((_, site) => FeedAsync(site, keywords, isDone, slots, run)));
        run.OutputFault?.Throw();
    }

    private async Task FeedAsync(int site, IReadOnlyList<string> keywords, Func<int, int, bool>? isDone, FairRequestSlots slots, LookupRun run)
    {
        // Yield first, so that every site's feed starts before any one of them runs ahead.
        await Task.Yield();
        using var window = new SemaphoreSlim(2 * Math.Max(1, concurrency));
        var running = new ConcurrentDictionary<Task, byte>();
        for (var word = 0; word < keywords.Count; word++)
        {
            if (isDone?.Invoke(word, site) == true)
            {
                continue;
            }

            try
            {
                await window.WaitAsync(run.Feeding);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var task = LookupOneAsync(IndexOf(word, site), keywords[word], sites[site], slots, window, run);
            running.TryAdd(task, 0);
            _ = task.ContinueWith(t => running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await Task.WhenAll(running.Keys);
    }

    private static async Task LookupOneAsync(int index, string keyword, WordLookup lookup, FairRequestSlots slots, SemaphoreSlim window, LookupRun run)
    {
        try
        {
            // WordLookup turns every fault of the word into its failed result; only cancellation comes out.
            var result = await lookup.LookupAsync(keyword, slots, run.Aborting);
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
