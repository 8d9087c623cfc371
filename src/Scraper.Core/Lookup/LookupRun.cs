using System.Runtime.ExceptionServices;
using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>
/// What the words of one <see cref="LookupRunner"/> run share: the request and word throttles, the one-at-a-time
/// result callback, and the output failure that stopped the run, if one did.
/// </summary>
internal sealed class LookupRun : IDisposable
{
    private readonly Func<int, LookupResult, ValueTask> onResult;
    private readonly SemaphoreSlim output = new(1);
    private readonly CancellationTokenSource feeding;
    private readonly CancellationTokenSource aborting;

    public LookupRun(int concurrency, Func<int, LookupResult, ValueTask> onResult, CancellationToken stopFeeding, CancellationToken abort)
    {
        this.onResult = onResult;
        Requests = new SemaphoreSlim(Math.Max(1, concurrency));
        Words = new SemaphoreSlim(2 * Math.Max(1, concurrency));
        feeding = CancellationTokenSource.CreateLinkedTokenSource(stopFeeding);
        aborting = CancellationTokenSource.CreateLinkedTokenSource(abort);
    }

    /// <summary>Held for a request and its body only.</summary>
    public SemaphoreSlim Requests { get; }

    /// <summary>Held for a word from its start to its result.</summary>
    public SemaphoreSlim Words { get; }

    /// <summary>Cancelled when no new word may start: the caller's stop, or an output failure.</summary>
    public CancellationToken Feeding => feeding.Token;

    /// <summary>Cancelled when the words in flight are to be abandoned: the caller's abort, or an output failure.</summary>
    public CancellationToken Aborting => aborting.Token;

    public ExceptionDispatchInfo? OutputFault { get; private set; }

    /// <summary>Hands a word's result to the callback, one at a time; after an output failure, drops it.</summary>
    public async Task ReportAsync(int index, LookupResult result)
    {
        await output.WaitAsync(CancellationToken.None);
        try
        {
            if (OutputFault is null)
            {
                await onResult(index, result);
            }
        }
        catch (Exception ex)
        {
            // Nothing more can be written: stop taking words and abandon those in flight, so no more is fetched.
            OutputFault = ExceptionDispatchInfo.Capture(ex);
            await feeding.CancelAsync();
            await aborting.CancelAsync();
        }
        finally
        {
            output.Release();
        }
    }

    public void Dispose()
    {
        Requests.Dispose();
        Words.Dispose();
        output.Dispose();
        feeding.Dispose();
        aborting.Dispose();
    }
}
