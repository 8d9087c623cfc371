using Scraper.LocalSite.Words;

namespace Scraper.LocalSite.Pages;

/// <summary>
/// Macmillan's answer to a word it does not have, served with status 200 as the real site did:
/// <c>#search-results h1</c> says "Sorry, no search result for X.", then <c>#didyoumean</c> and ten suggestions in
/// <c>#search-results li a</c> (the id appears twice on the page, as it did there).
/// </summary>
internal static class NotFoundPageRenderer
{
    public const int SuggestionCount = 10;

    private static readonly string[] Candidates = [.. WordList.Nouns, .. WordList.Verbs, .. WordList.Adjectives];

    public static string Render(PageContext context, string slug)
    {
        var head = new PageHead($"{slug} definition from Macmillan Dictionary (local)", slug, "result", "");
        return PageRenderer.Render(context, head, html =>
        {
            html.Append($"<div id=\"search-results\">\n   <h1>Sorry, no search result for <span class=\"search-term\">{slug}</span>.</h1>\n</div>\n");
            html.Append("<div id=\"didyoumean\">Did you mean:</div>\n");
            html.Append($"<a href=\"{context.Origin}/open-dictionary/submit.html\" class=\"contributeto_button\"><span class=\"text\">Suggest this word for our open dictionary</span></a>\n");
            html.Append("<div id=\"search-results\">\n\t<ul>\n");
            foreach (var suggestion in Suggestions(slug))
            {
                html.Append($"\t\t<li><a href=\"{context.Url(suggestion)}\">{suggestion}</a></li>\n");
            }

            html.Append("\t</ul>\n</div>\n");
        });
    }

    /// <summary>Ten distinct words from the word list, the same ten for the same slug.</summary>
    public static IReadOnlyList<string> Suggestions(string slug)
    {
        return new SeededRandom(StableHash.Of(slug, "suggestions")).PickDistinct(Candidates, SuggestionCount);
    }
}
