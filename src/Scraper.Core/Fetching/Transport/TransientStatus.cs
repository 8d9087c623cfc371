namespace Scraper.Fetching;

/// <summary>Which answers are worth another attempt.</summary>
internal static class TransientStatus
{
    public static bool IsTransient(int statusCode) => statusCode is 408 or 429 or >= 500;

    public static bool IsRedirect(int statusCode) => statusCode is 301 or 302 or 303 or 307 or 308;
}
