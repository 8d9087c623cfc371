using AngleSharp.Dom;
using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>
/// A MediaWiki section heading: until 2023 <c>&lt;h3&gt;&lt;span class="mw-headline"&gt;Noun&lt;/span&gt;&lt;/h3&gt;</c>,
/// since then <c>&lt;div class="mw-heading"&gt;&lt;h3&gt;Noun&lt;/h3&gt;...&lt;/div&gt;</c>.
/// </summary>
internal readonly record struct WikiHeading(int Level, string Text)
{
    public static WikiHeading? Of(IElement element)
    {
        var heading = element.ClassList.Contains("mw-heading") ? element.FirstElementChild : element;
        if (heading is null || LevelOf(heading.LocalName) is not { } level)
        {
            return null;
        }

        var title = heading;
        foreach (var child in heading.Children)
        {
            if (child.ClassList.Contains("mw-headline"))
            {
                title = child;
                break;
            }
        }

        return new WikiHeading(level, CleanText.Of(title.TextContent));
    }

    private static int? LevelOf(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : null;
}
