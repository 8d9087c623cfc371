using Scraper.Results;

namespace Scraper.Output;

/// <summary>
/// Writes results one word at a time, each flushed before the call returns. Disposing finishes the
/// document (closes a JSON array) and flushes, but leaves the underlying writer open: the caller owns it.
/// </summary>
public interface IResultWriter : IAsyncDisposable
{
    ValueTask WriteAsync(LookupResult result, CancellationToken cancellationToken = default);
}
