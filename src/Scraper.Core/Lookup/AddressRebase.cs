namespace Scraper.Lookup;

/// <summary>
/// Maps a link found on a page to the address the tool must actually fetch: a link to the live
/// site goes to the same path on the --base-url origin; a link elsewhere is not followed.
/// </summary>
internal static class AddressRebase
{
    public static Uri? Rebase(Uri link, Uri liveOrigin, Uri requestUrl, Uri? baseUrl)
    {
        if (SameAuthority(link, requestUrl))
        {
            return link;
        }

        if (!SameAuthority(link, liveOrigin))
        {
            return null;
        }

        if (baseUrl is null)
        {
            return link;
        }

        var prefix = baseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(prefix + link.PathAndQuery);
    }

    private static bool SameAuthority(Uri a, Uri b) =>
        string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
