using Scraper.Fetching;
using Scraper.Results;

namespace Scraper.Cli.Audio;

/// <summary>
/// Fetches recordings through the run's own <see cref="PageFetcher"/>: the same client, robots.txt, rate, pauses and
/// retries as its pages.
/// </summary>
internal sealed class RecordingFetcher(PageFetcher fetcher)
{
    /// <summary>A pronunciation is seconds long, tens of KB; more is not one.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public async Task<RecordingFile> FetchAsync(Recording recording, CancellationToken cancellationToken)
    {
        var fetched = await fetcher.FetchAsync(new Uri(recording.Url), cancellationToken);
        var problem = fetched switch
        {
            { Error: { } error } => error,
            { StatusCode: not 200 } => $"HTTP {fetched.StatusCode}",
            { Body: null } or { Body.Length: 0 } => "the answer was empty",
            { Body.Length: > MaxBytes } => $"larger than {MaxBytes / (1024 * 1024)} MB, so not a pronunciation",
            _ when IsPage(fetched.Headers.ContentType) => $"the answer was a page ({CleanText.Of(fetched.Headers.ContentType)}), not a recording",
            _ => null,
        };
        return new RecordingFile(recording.Url, problem is null ? fetched.Body!.Value.ToArray() : null, problem);
    }

    // A site that answers a missing recording with its home page, status 200, has not sent a recording.
    private static bool IsPage(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("html", StringComparison.OrdinalIgnoreCase));
}
