using AngleSharp.Dom;
using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>Reads the pronunciation recordings an entry links (<see cref="Sites.SiteSelectors.Audio"/>).</summary>
internal static class RecordingReader
{
    // An entry links two or four (British and American, sometimes for each part of speech); more is not a pronunciation.
    private const int MaxRecordings = 16;

    // A URL longer than this is not a link a site writes for a recording.
    private const int MaxUrlLength = 2048;

    public static IReadOnlyList<Recording> Read(EntryBlock block, CompiledSelectors selectors, Uri pageUrl)
    {
        if (selectors.Audio is null)
        {
            return [];
        }

        var recordings = new List<Recording>();
        foreach (var element in block.All(selectors.Audio))
        {
            var url = Resolve(element.GetAttribute("data-src-mp3") ?? element.GetAttribute("src"), pageUrl);
            if (url is null || recordings.Exists(r => r.Url == url))
            {
                continue;
            }

            recordings.Add(new Recording(url, Region(element, block.Element, selectors)));
            if (recordings.Count == MaxRecordings)
            {
                break;
            }
        }

        return recordings;
    }

    // The nearest element that says an accent decides: the recording itself, then its containers up to the entry.
    private static string? Region(IElement recording, IElement entry, CompiledSelectors selectors)
    {
        for (var element = recording; element is not null; element = element.ParentElement)
        {
            if (selectors.AudioUk is not null && selectors.AudioUk.Match(element, entry))
            {
                return Regions.British;
            }

            if (selectors.AudioUs is not null && selectors.AudioUs.Match(element, entry))
            {
                return Regions.American;
            }

            if (element == entry)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// An absolute http(s) URL without its fragment, percent-encoded as <see cref="Uri.AbsoluteUri"/> writes it; null
    /// for anything else. Attribute values may hold spaces and line breaks around the URL (Macmillan's do), which a
    /// browser drops too; a control character anywhere else makes it no URL at all.
    /// </summary>
    internal static string? Resolve(string? text, Uri pageUrl)
    {
        var trimmed = text?.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxUrlLength || trimmed.Any(char.IsControl)
            || !Uri.TryCreate(pageUrl, trimmed, out var url)
            || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.UserInfo.Length > 0)
        {
            return null;
        }

        var absolute = url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        return absolute.Length > MaxUrlLength ? null : absolute;
    }
}
