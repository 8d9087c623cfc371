using System.Text;
using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

/// <summary>
/// Pages handed to the parser as production hands them: bytes, decoded by the parser's own sniffing (no Content-Type,
/// as a saved page has none), never a string decoded beforehand.
/// </summary>
internal static class PageBytes
{
    /// <summary>A page written in a test: its UTF-8 bytes, through the same path as a fetched page.</summary>
    public static ParsedPage ParseHtml(this PageParser parser, string html, Uri pageUrl, bool findHomographLinks = true) =>
        parser.Parse(Encoding.UTF8.GetBytes(html), contentType: null, pageUrl, findHomographLinks);

    /// <summary>A page file as it lies on disk, bytes and all.</summary>
    public static ParsedPage ParseFile(this PageParser parser, string path, Uri pageUrl, bool findHomographLinks = true) =>
        parser.Parse(File.ReadAllBytes(path), contentType: null, pageUrl, findHomographLinks);
}
