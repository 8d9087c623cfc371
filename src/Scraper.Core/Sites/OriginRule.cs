namespace Scraper.Sites;

/// <summary>
/// What an origin requests are sent to must be, whoever gives it (--base-url, a site file's origin): one rule.
/// </summary>
public static class OriginRule
{
    /// <summary>Null when <paramref name="origin"/> will do; else what is wrong, to follow the name of what gave it.</summary>
    public static string? Problem(Uri? origin)
    {
        if (origin is null || !origin.IsAbsoluteUri || origin.Scheme is not ("http" or "https") || origin.Query.Length > 0 || origin.Fragment.Length > 0)
        {
            return "must be an absolute http(s) URL without query or fragment";
        }

        // The client sends no credentials from a URL; they would only be written into results, logs and the history
        // (so the message does not repeat them either).
        return origin.UserInfo.Length > 0
            ? $"cannot hold a user name or password (the part before '@' in '{origin.Scheme}://…@{origin.Authority}'): the requests would not send them, and every result, log line and the history would show them"
            : null;
    }
}
