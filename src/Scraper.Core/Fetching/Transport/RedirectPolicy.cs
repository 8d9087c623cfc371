namespace Scraper.Fetching;

/// <summary>
/// Which redirects a fetch follows: at most <see cref="FetchOptions.MaxRedirects"/>, each staying on the site it
/// started on: the same host and port, or the same host moved from http (port 80) to https (port 443).
/// </summary>
internal static class RedirectPolicy
{
    /// <summary>Where the redirect at <paramref name="hop"/> (counted from 0) goes.</summary>
    /// <exception cref="TooManyRedirectsException">It would be one more than <paramref name="maxRedirects"/>.</exception>
    /// <exception cref="OffSiteRedirectException">It leaves the site of <paramref name="first"/>.</exception>
    public static Uri Next(Uri first, Uri current, Uri location, int hop, int maxRedirects)
    {
        if (hop >= maxRedirects)
        {
            throw new TooManyRedirectsException(maxRedirects);
        }

        var next = new Uri(current, location);
        if (!StaysOnSite(first, next))
        {
            throw new OffSiteRedirectException($"redirected off the site to {next.GetLeftPart(UriPartial.Authority)}");
        }

        return next;
    }

    public static bool StaysOnSite(Uri first, Uri next) =>
        next.Scheme is "http" or "https"
        && string.Equals(next.Host, first.Host, StringComparison.OrdinalIgnoreCase)
        && (next.Port == first.Port || IsSchemeUpgrade(first, next));

    // http://host to https://host changes the port from 80 to 443 but not the site: sites upgrade every request so.
    private static bool IsSchemeUpgrade(Uri first, Uri next) =>
        first.Scheme == "http" && first.IsDefaultPort && next.Scheme == "https" && next.IsDefaultPort;
}
