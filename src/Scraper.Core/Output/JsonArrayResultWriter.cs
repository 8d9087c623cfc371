using Scraper.Results;

namespace Scraper.Output;

/// <summary>A JSON array streamed item by item; disposing closes it, so it is valid JSON even when empty.</summary>
internal sealed class JsonArrayResultWriter(TextWriter writer) : IResultWriter
{
    private bool _started;
    private bool _closed;

    public async ValueTask WriteAsync(LookupResult result, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var item = (_started ? ",\n" : "[\n") + ResultJson.Serialize(result);

        // Not cancelled once started: a word is written whole or not at all, and the array can still be closed.
        await writer.WriteAsync(item.AsMemory(), CancellationToken.None);
        await writer.FlushAsync(CancellationToken.None);
        _started = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await writer.WriteAsync((_started ? "\n]\n" : "[]\n").AsMemory(), CancellationToken.None);
        await writer.FlushAsync(CancellationToken.None);
    }
}
