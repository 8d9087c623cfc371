using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Scraper.Parsing;

/// <summary>
/// Turns a page into a document, decoding its bytes as a browser does (the WHATWG sniffing order): a byte order
/// mark, then the Content-Type charset, then a &lt;meta&gt; charset, then UTF-8. AngleSharp does the decoding:
/// handed a stream, it reads a BOM and switches to a &lt;meta&gt; charset; handed bytes and an encoding, it keeps
/// that encoding whatever the page's &lt;meta&gt; says, as a browser keeps the header's.
/// </summary>
internal static class PageDocuments
{
    // Work the extraction never looks at: positions, comments, script and style text.
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
    };

    // One parser (and so one browsing context) per thread, as AngleSharp advises (issue #880).
    [ThreadStatic]
    private static HtmlParser? t_parser;

    // windows-1252, Shift_JIS and the other legacy encodings that pages declare are not in .NET without it.
    static PageDocuments() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static HtmlParser Parser => t_parser ??= new HtmlParser(Options);

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <param name="contentType">The Content-Type header as the site sent it; null when it sent none.</param>
    public static IHtmlDocument Parse(ReadOnlyMemory<byte> content, string? contentType)
    {
        if (!StartsWithByteOrderMark(content.Span) && DeclaredEncoding(contentType) is { } declared)
        {
            return Parser.ParseDocument(content, declared);
        }

        using var stream = AsStream(content);
        return Parser.ParseDocument(stream);
    }

    /// <summary>The encoding a Content-Type's charset names (WHATWG labels: latin1 is windows-1252); null when it names none AngleSharp knows.</summary>
    internal static Encoding? DeclaredEncoding(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || media.CharSet?.Trim('"', '\'', ' ') is not { Length: > 0 } label)
        {
            return null;
        }

        return TextEncoding.IsSupported(label) ? TextEncoding.Resolve(label) : null;
    }

    private static bool StartsWithByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]);

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
