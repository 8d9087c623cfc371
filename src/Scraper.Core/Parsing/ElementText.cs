using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>The clean text of an element, without the separators that open it.</summary>
internal static class ElementText
{
    public static string Of(IElement? element, ISelector? leadingSeparator)
    {
        if (element is null)
        {
            return "";
        }

        var text = element.TextContent;
        var skip = leadingSeparator is null ? 0 : LeadingSeparatorLength(element, leadingSeparator);
        return CleanText.Of(skip == 0 ? text : text[skip..]);
    }

    /// <summary>A definition's text: Cambridge ends each with ": ", which leads into the examples.</summary>
    public static string Definition(IElement? element, ISelector? leadingSeparator) => WithoutClosingColon(Of(element, leadingSeparator));

    public static string WithoutClosingColon(string text) => text.EndsWith(':') ? text.TrimEnd(':').TrimEnd() : text;

    // TextContent concatenates the text of the child nodes in order, so the leading separators'
    // share of it is the sum of their lengths (with any blank text between them).
    private static int LeadingSeparatorLength(IElement element, ISelector separator)
    {
        var length = 0;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement child && separator.Match(child, null))
            {
                length += child.TextContent.Length;
            }
            else if (node is IText blank && string.IsNullOrWhiteSpace(blank.Data))
            {
                length += blank.Data.Length;
            }
            else if (node is not IComment)
            {
                break;
            }
        }

        return length;
    }
}
