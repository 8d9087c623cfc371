using Scraper.Results;

namespace Scraper.Output;

/// <summary>One compact JSON object per line, each flushed as soon as it is written.</summary>
internal sealed class JsonLinesResultWriter(TextWriter writer) : IResultWriter
{
    public async ValueTask WriteAsync(LookupResult result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var line = ResultJson.Serialize(result) + "\n";

        // Not cancelled once started: a word is written whole or not at all.
        await writer.WriteAsync(line.AsMemory(), CancellationToken.None);
        await writer.FlushAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await writer.FlushAsync(CancellationToken.None);
}
