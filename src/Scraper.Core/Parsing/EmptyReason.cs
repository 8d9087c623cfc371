using AngleSharp.Dom;
using Scraper.Sites;

namespace Scraper.Parsing;

/// <summary>
/// Why a page gave no entry: the first step of the reading that found nothing, and the selector it used, so that
/// whoever fixes the profile knows where to look ("an entry block but no headword: nothing in it matches Headword '.hword'").
/// Found again only for a page that gave nothing, so reading a good page costs nothing more.
/// </summary>
internal static class EmptyReason
{
    public static string Of(IDocument document, CompiledSelectors selectors, PageLayout layout)
    {
        var source = selectors.Source;
        if (source.EntryScope is { } scope && document.First(selectors.EntryScope!) is null)
        {
            return $"no entry scope on the page: nothing matches EntryScope '{scope}'";
        }

        var elements = EntryReader.Elements(document, selectors);
        if (elements.Count == 0)
        {
            return $"no entry block on the page: nothing matches Entry '{source.Entry}'";
        }

        if (layout == PageLayout.WikiSections)
        {
            return $"no section of the English part of the page has both a headword (Headword '{source.Headword}') and a list of senses (Sense '{source.Sense}') with a definition";
        }

        var blocks = elements.Select(e => EntryBlock.Of(e, selectors)).ToList();
        var headed = blocks.Where(b => b.Text(b.First(selectors.Headword), selectors.LeadingSeparator).Length > 0).ToList();
        if (headed.Count == 0)
        {
            return $"{Blocks(blocks.Count)} but no headword: nothing in {Them(blocks.Count)} matches Headword '{source.Headword}'"
                + (source.EntryHeader is null ? "" : $", nor in a header before {Them(blocks.Count)} (EntryHeader '{source.EntryHeader}')");
        }

        var senses = headed.SelectMany(b => SenseReader.OutermostSenses(b, selectors)).ToList();
        if (senses.Count == 0)
        {
            return $"{Blocks(headed.Count)} with a headword but no senses: nothing in {Them(headed.Count)} matches Sense '{source.Sense}'";
        }

        return $"{Count(senses.Count, "sense", "senses")} but no definitions: nothing in them matches Definition '{source.Definition}'"
            + (source.Subsense is null ? "" : $" nor Subsense '{source.Subsense}' with a SubsenseDefinition '{source.SubsenseDefinition}'")
            + (source.CrossReference is null ? "" : $" (a sense that is only a cross-reference, CrossReference '{source.CrossReference}', does not count)");
    }

    private static string Blocks(int count) => count == 1 ? "an entry block" : $"{count} entry blocks";

    private static string Them(int count) => count == 1 ? "it" : "them";

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
