using System.Globalization;

namespace Scraper.Parsing;

/// <summary>The homograph number a page URL carries as an "_N" suffix (/dictionary/british/love_2).</summary>
internal static class HomographNumber
{
    public static int? FromUrl(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return null;
        }

        var path = url.AbsolutePath.AsSpan().TrimEnd('/');
        var segment = path[(path.LastIndexOf('/') + 1)..];
        var underscore = segment.LastIndexOf('_');
        if (underscore < 0)
        {
            return null;
        }

        return int.TryParse(segment[(underscore + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;
    }
}
