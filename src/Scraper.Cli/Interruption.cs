using System.Runtime.InteropServices;
using Serilog;

namespace Scraper.Cli;

/// <summary>
/// Ctrl+C and SIGTERM: the first stops feeding new words and gives those in flight a grace period,
/// then abandons them; a second abandons them at once.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource stopFeeding = new();
    private readonly CancellationTokenSource abort;
    private readonly TimeSpan grace;
    private readonly List<PosixSignalRegistration> registrations = [];
    private int signals;

    /// <param name="listen">False in tests, which call <see cref="Trigger"/> themselves.</param>
    /// <param name="time">Times the grace period (a fake one in tests).</param>
    public Interruption(TimeSpan grace, bool listen = true, TimeProvider? time = null)
    {
        this.grace = grace;
        abort = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time ?? TimeProvider.System);
        if (listen)
        {
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
        }
    }

    public CancellationToken StopFeeding => stopFeeding.Token;

    public CancellationToken Abort => abort.Token;

    public bool Interrupted => stopFeeding.IsCancellationRequested;

    /// <summary>
    /// Says at the first signal what happens now: without it a user cannot tell a run winding down from one that
    /// ignored Ctrl+C, and a second press (or a test's second signal) has nothing to wait for.
    /// </summary>
    public CancellationTokenRegistration Announce(ILogger log) => stopFeeding.Token.Register(
        () => log.Warning("Stopping: no new word is started, those under way get {Grace} s; press Ctrl+C again to stop at once", grace.TotalSeconds));

    public void Trigger()
    {
        if (Interlocked.Increment(ref signals) == 1)
        {
            stopFeeding.Cancel();
            abort.CancelAfter(grace);
        }
        else
        {
            abort.Cancel();
        }
    }

    public void Dispose()
    {
        registrations.ForEach(r => r.Dispose());
        stopFeeding.Dispose();
        abort.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Keep the process alive: the run winds down itself, writes what it has and exits 130.
        context.Cancel = true;
        Trigger();
    }
}
