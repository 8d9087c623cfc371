using System.Text;
using Scraper.LocalSite.Words;

namespace Scraper.LocalSite.Pages;

/// <summary>The left-hand column: word of the day, trending words and house adverts. Chosen by the page's slug.</summary>
internal static class SideColumn
{
    public static void Write(StringBuilder html, PageContext context, string slug)
    {
        var random = new SeededRandom(StableHash.Of(slug, "side"));
        var wordOfTheDay = random.Pick(WordList.Nouns);
        html.Append("<div class=\"responsive_cell_left responsive_hide_on_smartphone\">\n");
        html.Append("<div id=\"ad_leftslot\" class=\"am-dictionary\"></div>\n<div id=\"clickthrough\"><div class=\"h3\">Word of the day</div>");
        html.Append($"<p><a href=\"{context.Url(wordOfTheDay)}\" title=\"{wordOfTheDay}\">{wordOfTheDay}</a>: ");
        html.Append("one word every day, with its meanings, examples and the story behind it.</p></div>\n");
        html.Append("<div id=\"trending\"><div class=\"h3\">Trending words</div><ul>\n");
        foreach (var word in random.PickDistinct(WordList.Adjectives, 6).Concat(random.PickDistinct(WordList.Verbs, 6)))
        {
            html.Append($"<li><a href=\"{context.Url(word)}\" title=\"{word}\"><span class=\"BASE\">{word}</span></a></li>\n");
        }

        html.Append("</ul></div>\n<div id=\"internalads\">");
        for (var i = 1; i <= 3; i++)
        {
            html.Append($"<div id=\"ad_houseslot{i}\" class=\"am-dictionary\"><a href=\"{context.Origin}/about.html#house{i}\">");
            html.Append("Learn a new word every day: sign up for our free newsletter and games.</a></div>");
        }

        html.Append("</div>\n<div class=\"clearfix\"></div></div>\n");
    }
}
