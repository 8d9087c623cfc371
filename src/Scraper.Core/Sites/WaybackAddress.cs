using System.Globalization;
using System.Text.RegularExpressions;

namespace Scraper.Sites;

/// <summary>
/// Addresses of a web archive in the Internet Archive's Wayback Machine form, /web/TIMESTAMP[FLAGS]/ORIGINAL-URL,
/// where TIMESTAMP is yyyyMMddHHmmss or a prefix of it and the flag id_ asks for the capture's original bytes.
/// </summary>
public static partial class WaybackAddress
{
    /// <summary>The placeholder of an archive profile's path template that its <see cref="SiteProfile.ArchiveTimestamp"/> fills.</summary>
    public const string TimestampPlaceholder = "{timestamp}";

    /// <summary>The URL that an archive address holds a capture of; null when <paramref name="address"/> is not one.</summary>
    public static Uri? Original(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var match = Replay().Match(address.IsAbsoluteUri ? address.PathAndQuery : address.OriginalString);
        if (!match.Success)
        {
            return null;
        }

        // The archive accepts the original with its scheme's slashes collapsed ("https:/host"), or with no scheme at all.
        var original = match.Groups["original"].Value;
        var scheme = SchemePrefix().Match(original);
        var text = scheme.Success ? $"{scheme.Groups["scheme"].Value.ToLowerInvariant()}://{original[scheme.Length..]}" : "http://" + original;
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Host.Length > 0 ? url : null;
    }

    /// <summary>The host whose pages an archive profile reads (www.macmillandictionary.com); null for a profile of a live site.</summary>
    public static string? ArchivedHost(SiteProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.ArchiveTimestamp is not { } timestamp || !profile.PathTemplate.StartsWith("/web/" + TimestampPlaceholder + "id_/", StringComparison.Ordinal))
        {
            return null;
        }

        var page = profile.PathTemplate.Replace(TimestampPlaceholder, timestamp, StringComparison.Ordinal).Replace("{slug}", "word", StringComparison.Ordinal);
        return Original(new Uri(page, UriKind.Relative))?.Host;
    }

    /// <summary>Whether <paramref name="timestamp"/> is a time as the archive writes it: yyyyMMddHHmmss, or a prefix of it down to the year.</summary>
    public static bool IsTimestamp(string timestamp)
    {
        ArgumentNullException.ThrowIfNull(timestamp);
        return Digits().IsMatch(timestamp)
            && DateTime.TryParseExact(timestamp + "20000101000000"[timestamp.Length..], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    [GeneratedRegex(@"^/web/[0-9]{1,14}(?:[a-z]{2}_)*/(?<original>.+)$")]
    private static partial Regex Replay();

    [GeneratedRegex(@"^(?<scheme>https?):/+", RegexOptions.IgnoreCase)]
    private static partial Regex SchemePrefix();

    [GeneratedRegex(@"^[0-9]{4,14}$")]
    private static partial Regex Digits();
}
