using AngleSharp.Dom;
using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>Reads a not-found page's "Did you mean" suggestions.</summary>
internal static class SuggestionReader
{
    /// <summary>The suggestions' texts, cleaned, in page order, each once.</summary>
    public static List<string> Read(IDocument document, CompiledSelectors selectors)
    {
        var suggestions = new List<string>();
        if (selectors.Suggestion is null)
        {
            return suggestions;
        }

        foreach (var element in document.All(selectors.Suggestion))
        {
            var text = CleanText.Of(element.TextContent);
            if (text.Length > 0 && !suggestions.Contains(text))
            {
                suggestions.Add(text);
            }
        }

        return suggestions;
    }
}
