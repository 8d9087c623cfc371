using Scraper.Results;

namespace Scraper.Output;

/// <summary>
/// Lets words finishing on many tasks write through one writer: one word at a time, never interleaved,
/// and disposal waits for the word being written.
/// </summary>
internal sealed class SerializedResultWriter(IResultWriter inner) : IResultWriter
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask WriteAsync(LookupResult result, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await inner.WriteAsync(result, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await inner.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
