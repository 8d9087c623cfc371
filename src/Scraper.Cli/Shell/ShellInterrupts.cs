using System.Runtime.InteropServices;

namespace Scraper.Cli.Shell;

/// <summary>
/// Ctrl+C (SIGINT) in the shell: during a lookup it cancels that lookup, and the shell goes on; at other times it
/// is not taken (the line editor reads Ctrl+C as a key, which clears the line; with plain input it ends the shell).
/// </summary>
internal sealed class ShellInterrupts : IDisposable
{
    private readonly PosixSignalRegistration? registration;
    private readonly Lock gate = new();
    private CancellationTokenSource? running;

    public ShellInterrupts(bool listen)
    {
        if (listen)
        {
            registration = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        }
    }

    /// <summary>A token that Ctrl+C cancels until the returned scope is disposed.</summary>
    public LookupScope Begin()
    {
        lock (gate)
        {
            running = new CancellationTokenSource();
            return new LookupScope(running, End);
        }
    }

    /// <summary>Cancels the lookup under way, if any (what SIGINT does; tests call it directly); true if there was one.</summary>
    public bool Trigger()
    {
        lock (gate)
        {
            running?.Cancel();
            return running is not null;
        }
    }

    public void Dispose() => registration?.Dispose();

    private void OnSignal(PosixSignalContext context) => context.Cancel = Trigger();

    private void End(CancellationTokenSource source)
    {
        lock (gate)
        {
            if (running == source)
            {
                running = null;
            }
        }

        source.Dispose();
    }
}
