using System.Runtime.ExceptionServices;
using Scraper.Results;

namespace Scraper.Lookup;

/// <summary>
/// What the words of one run of the <see cref="RunLoop"/> share: the one-at-a-time result callback, the tokens that
/// stop it, and the output failure that stopped the run, if one did.
/// </summary>
internal sealed class LookupRun : IDisposable
{
    private readonly Func<int, LookupResult, ValueTask> onResult;
    private readonly SemaphoreSlim output = new(1);
    private readonly CancellationTokenSource feeding;
    private readonly CancellationTokenSource aborting;

    public LookupRun(Func<int, LookupResult, ValueTask> onResult, CancellationToken stopFeeding, CancellationToken abort)
    {
        this.onResult = onResult;
        feeding = CancellationTokenSource.CreateLinkedTokenSource(stopFeeding);
        aborting = CancellationTokenSource.CreateLinkedTokenSource(abort);
    }

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
        output.Dispose();
        feeding.Dispose();
        aborting.Dispose();
    }
}
