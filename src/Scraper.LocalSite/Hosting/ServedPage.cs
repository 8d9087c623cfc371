using System.Security.Cryptography;

namespace Scraper.LocalSite.Hosting;

/// <summary>A page as the site sends it: status, bytes, and the headers a client may cache and revalidate it by.</summary>
internal sealed record ServedPage(int StatusCode, byte[] Body, string ContentType, string ETag, string? LastModified)
{
    public const string HtmlType = "text/html; charset=utf-8";

    public static ServedPage Html(string html)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(html);
        return new(200, body, HtmlType, ETagOf(body), null);
    }

    /// <summary>A strong validator made from the bytes themselves, so it changes exactly when the page does.</summary>
    public static string ETagOf(byte[] body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 8))}\"";
}
