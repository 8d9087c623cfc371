using System.Text.Json.Serialization;

namespace Scraper.Caching;

/// <summary>What the cache knows about one stored page besides its text: the first line of its file.</summary>
/// <param name="Url">The URL that was asked for: the cache's key.</param>
/// <param name="FinalUrl">Where the page came from after redirects.</param>
/// <param name="BodyBytes">Length of the body that follows, so that a file cut short is never read as a page.</param>
public sealed record CacheEntry(
    string Url,
    int StatusCode,
    string FinalUrl,
    string? ContentType,
    [property: JsonPropertyName("etag")] string? ETag,
    string? LastModified,
    DateTimeOffset StoredAt,
    long BodyBytes)
{
    /// <summary>
    /// True when the body is the page's bytes as the site sent them, to be decoded with <see cref="ContentType"/> as
    /// when it was fetched; absent in files of earlier versions, whose body is the page's text as UTF-8.
    /// </summary>
    public bool? AsServed { get; init; }

    /// <summary>
    /// The SHA-256 of the body (lowercase hex), so that bytes garbled on disk are never read as the page; absent in files
    /// of earlier versions, which are read without the check.
    /// </summary>
    [JsonPropertyName("sha256")]
    public string? BodySha256 { get; init; }

    /// <summary>Whether the site gave a validator, so that the page can be revalidated rather than used as is.</summary>
    [JsonIgnore]
    public bool CanRevalidate => ETag is not null || LastModified is not null;
}
