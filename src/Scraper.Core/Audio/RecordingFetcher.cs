using Scraper.Fetching;
using Scraper.Results;

namespace Scraper.Audio;

/// <summary>
/// Fetches recordings through the run's own <see cref="PageFetcher"/>: the same client, robots.txt, rate, pauses and
/// retries as its pages. Whatever is not a recording (an error status, a page, by its type or by its first byte, an
/// empty or oversized body) is a problem, in one line, and no bytes.
/// </summary>
public sealed class RecordingFetcher(PageFetcher fetcher)
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
            _ when IsMarkup(fetched.Body.Value.Span) => "the answer was a page, not a recording",
            _ => null,
        };
        return new RecordingFile(recording.Url, problem is null ? fetched.Body!.Value.ToArray() : null, problem);
    }

    // A site that answers a missing recording with its home page, status 200, has not sent a recording.
    private static bool IsPage(string? contentType) =>
        contentType is not null && (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("html", StringComparison.OrdinalIgnoreCase));

    // A page sent without a type, or as application/octet-stream (a challenge, an error page): no audio format
    // (MP3 frames or ID3, Ogg, RIFF, fLaC, MP4) begins with '<', and every page does, after a BOM and blank space.
    private static bool IsMarkup(ReadOnlySpan<byte> body)
    {
        var text = body.StartsWith("\uFEFF"u8) ? body[3..] : body;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && text[start] == (byte)'<';
    }
}
