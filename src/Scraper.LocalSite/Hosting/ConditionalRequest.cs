using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Scraper.LocalSite.Hosting;

/// <summary>Whether a GET with If-None-Match or If-Modified-Since may be answered 304 Not Modified (RFC 9110, 13.1).</summary>
internal static class ConditionalRequest
{
    public static bool IsNotModified(HttpRequest request, ServedPage page)
    {
        if (page.StatusCode != StatusCodes.Status200OK || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            return false;
        }

        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } tags)
        {
            // If-None-Match takes precedence: If-Modified-Since is then ignored. Weak comparison, as for GET.
            return EntityTagHeaderValue.TryParse(page.ETag, out var current)
                && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since
            && DateTimeOffset.TryParse(page.LastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var modified)
            && modified <= since;
    }
}
