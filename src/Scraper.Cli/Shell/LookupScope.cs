namespace Scraper.Cli.Shell;

/// <summary>One lookup's cancellation: its token is what Ctrl+C cancels; disposed when the lookup ends.</summary>
internal sealed class LookupScope(CancellationTokenSource source, Action<CancellationTokenSource> end) : IDisposable
{
    public CancellationToken Token { get; } = source.Token;

    public void Dispose() => end(source);
}
