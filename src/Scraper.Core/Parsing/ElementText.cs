using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>The clean text of an element, without the separators that open it.</summary>
internal static class ElementText
{
    public static string Of(IElement? element, ISelector? leadingSeparator) => Of(element, leadingSeparator, [], null);

    /// <param name="omitted">
    /// Elements whose text is not the field's, wherever they sit inside it: an example inside its definition's own
    /// text (Merriam-Webster's), a sub-sense.
    /// </param>
    /// <param name="excluded">Parts left out wherever they match (an author's attribution inside an example); null: none.</param>
    public static string Of(IElement? element, ISelector? leadingSeparator, IReadOnlyList<IElement> omitted, ISelector? excluded)
    {
        if (element is null)
        {
            return "";
        }

        var text = excluded is not null || HoldsAny(element, omitted) ? TextWithout(element, omitted, excluded) : element.TextContent;
        var skip = leadingSeparator is null ? 0 : LeadingSeparatorLength(element, leadingSeparator);
        return CleanText.Of(skip == 0 ? text : text[Math.Min(skip, text.Length)..]);
    }

    /// <summary>A definition's text: Cambridge ends each with ": ", which leads into the examples.</summary>
    public static string Definition(string text) => WithoutClosingColon(text);

    public static string Definition(IElement? element, ISelector? leadingSeparator) => WithoutClosingColon(Of(element, leadingSeparator));

    public static string WithoutClosingColon(string text) => text.EndsWith(':') ? text.TrimEnd(':').TrimEnd() : text;

    private static bool HoldsAny(IElement element, IReadOnlyList<IElement> omitted)
    {
        foreach (var part in omitted)
        {
            if (element.Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    // TextContent's concatenation of the text nodes in order, without the omitted elements' subtrees.
    private static string TextWithout(IElement element, IReadOnlyList<IElement> omitted, ISelector? excluded)
    {
        var builder = new StringBuilder();
        Append(element, omitted, excluded, builder);
        return builder.ToString();
    }

    private static void Append(INode node, IReadOnlyList<IElement> omitted, ISelector? excluded, StringBuilder builder)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement element && !IsOneOf(element, omitted) && (excluded is null || !excluded.Match(element, null)))
            {
                Append(element, omitted, excluded, builder);
            }
        }
    }

    private static bool IsOneOf(IElement element, IReadOnlyList<IElement> elements)
    {
        foreach (var other in elements)
        {
            if (ReferenceEquals(element, other))
            {
                return true;
            }
        }

        return false;
    }

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
