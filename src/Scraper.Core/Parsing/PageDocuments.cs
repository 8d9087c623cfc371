using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Scraper.Parsing;

/// <summary>
/// Turns a page into a document, decoding its bytes as a browser does (the WHATWG sniffing order): a byte order
/// mark, then the Content-Type charset, then a &lt;meta&gt; charset in the first 1024 bytes, then UTF-8. AngleSharp
/// chooses: it resolves the header's label (WHATWG's table: latin1 is windows-1252), and, handed the first 1024 bytes
/// as a stream, reads their BOM and &lt;meta&gt;. A charset the header names is certain: a &lt;meta&gt; never overrides it.
/// </summary>
internal static class PageDocuments
{
    private const int PrescanBytes = 1024;

    // Work the extraction never looks at: positions, comments, script and style text.
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        OnCreated = ParseBudget.OnCreated,
    };

    // One parser (and so one browsing context) per thread, as AngleSharp advises (issue #880).
    [ThreadStatic]
    private static HtmlParser? t_parser;

    // windows-1252, Shift_JIS and the other legacy encodings that pages declare are not in .NET without it.
    static PageDocuments() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The calling thread's AngleSharp parser, made on its first page.</summary>
    internal static HtmlParser ThreadParser => t_parser ??= new HtmlParser(Options);

    /// <param name="contentType">The Content-Type header as the site sent it; null when it sent none.</param>
    /// <exception cref="PageTooComplexException">The page is over the parse budget (<see cref="ParseBudget"/>).</exception>
    public static IHtmlDocument Parse(ReadOnlyMemory<byte> content, string? contentType, CancellationToken cancellationToken = default)
    {
        using var budget = ParseBudget.Start(cancellationToken);
        var bytes = content.Span;
        var encoding = StartsWithByteOrderMark(bytes) ? null : DeclaredEncoding(contentType);
        if (encoding is null)
        {
            encoding = SniffedEncoding(content);
            bytes = bytes[ByteOrderMarkLength(bytes, encoding)..];
        }

        // Decoded in one go and parsed as a string: a fifth faster than AngleSharp's byte and stream sources
        // (docs/performance.md); the encoding is AngleSharp's choice either way.
        return ThreadParser.ParseDocument(encoding.GetString(bytes));
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

    /// <summary>
    /// What AngleSharp makes of the page's first 1024 bytes (the span a browser's &lt;meta&gt; prescan reads): its BOM,
    /// else its &lt;meta charset&gt; or &lt;meta http-equiv="Content-Type"&gt;, else UTF-8.
    /// </summary>
    private static Encoding SniffedEncoding(ReadOnlyMemory<byte> content)
    {
        using var stream = AsStream(content[..Math.Min(content.Length, PrescanBytes)]);
        using var head = ThreadParser.ParseDocument(stream);
        return TextEncoding.Resolve(head.CharacterSet);
    }

    private static int ByteOrderMarkLength(ReadOnlySpan<byte> bytes, Encoding encoding) =>
        bytes.StartsWith(encoding.Preamble) ? encoding.Preamble.Length : 0;

    private static bool StartsWithByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]);

    private static MemoryStream AsStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
}
