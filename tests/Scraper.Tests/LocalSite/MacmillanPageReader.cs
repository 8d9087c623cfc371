using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Scraper.Results;
using Scraper.Sites;

namespace Scraper.Tests.LocalSite;

/// <summary>
/// Reads a page back with nothing but the built-in macmillan profile's selectors, as a parser written elsewhere
/// would: if this finds the authored entries, the markup needs no special case. As the selectors are documented, what
/// lies in a sub-sense is not its sense's own (the profile reaches examples through wrappers, so sub-senses' too).
/// </summary>
internal static class MacmillanPageReader
{
    private static readonly SiteSelectors Selectors = SiteCatalog.Find("macmillan")!.Selectors;

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static Entry? ReadEntry(IDocument document)
    {
        var root = document.QuerySelector(Selectors.Entry);
        if (root is null)
        {
            return null;
        }

        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "";
        var underscore = canonical.LastIndexOf('_');
        int? homograph = underscore > 0 && int.TryParse(canonical[(underscore + 1)..], out var n) ? n : null;
        var senses = root.QuerySelectorAll(Selectors.Sense).Select(sense => new Sense(
            Text(sense.QuerySelector(Selectors.Definition)),
            [.. sense.QuerySelectorAll(Selectors.Example!).Where(e => e.Closest(Selectors.Subsense!) is not { } sub || !sense.Contains(sub)).Select(Text)],
            [.. sense.QuerySelectorAll(Selectors.Subsense!).Select(sub => new Subsense(
                Text(sub.QuerySelector(Selectors.SubsenseDefinition!)),
                Texts(sub, Selectors.SubsenseExample!)))])).ToList();

        return new Entry(
            Text(root.QuerySelector(Selectors.Headword)),
            homograph,
            Text(root.QuerySelector(Selectors.PartOfSpeech!)),
            Text(root.QuerySelector(Selectors.Pronunciation!)),
            senses);
    }

    /// <summary>The related-entry links that are other homographs of the headword (<c>span.arl1</c>), not decoys.</summary>
    public static IReadOnlyList<string> HomographLinks(IDocument document) =>
        [.. document.QuerySelectorAll(Selectors.HomographLink!)
            .Where(a => a.QuerySelector("span.arl1") is not null)
            .Select(a => a.GetAttribute("href")!)];

    public static string Text(IElement? element) => CleanText.Of(element?.TextContent);

    private static string[] Texts(IElement scope, string selector) =>
        [.. scope.QuerySelectorAll(selector).Select(Text)];
}
