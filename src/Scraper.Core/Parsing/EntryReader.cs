using System.Globalization;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Scraper.Results;

namespace Scraper.Parsing;

/// <summary>Reads the entries (homographs) of a parsed page whose entries are elements.</summary>
internal static class EntryReader
{
    /// <summary>The entries that have a headword and at least one sense, in page order.</summary>
    /// <param name="pageHomograph">The number the page's URL gives, for entries that do not number themselves.</param>
    /// <param name="pageUrl">The URL the page was fetched from (after redirects): relative recording links resolve against it.</param>
    public static List<Entry> Read(IDocument document, CompiledSelectors selectors, int? pageHomograph, Uri pageUrl)
    {
        var elements = Elements(document, selectors);
        var entries = new List<Entry>(elements.Count);
        var read = new List<IElement>(elements.Count);
        foreach (var element in elements)
        {
            // Where the alternatives of a selector match an element and its container (Cambridge's idiom-block inside
            // an idiom-block, Collins's dictentry around its older box), the outer one read is the entry, not read twice.
            if (element.IsInsideAny(read))
            {
                continue;
            }

            var block = EntryBlock.Of(element, selectors);
            var headword = block.Text(block.First(selectors.Headword), selectors.LeadingSeparator);
            if (headword.Length == 0)
            {
                continue;
            }

            var senses = SenseReader.Read(block, selectors);
            if (senses.Count == 0)
            {
                continue;
            }

            read.Add(element);
            entries.Add(new Entry(
                headword,
                selectors.Homograph is null ? pageHomograph : ParseNumber(ElementText.Of(block.First(selectors.Homograph), null)),
                selectors.JoinPartsOfSpeech ? PartsOfSpeech(block, selectors) : OptionalText(block, selectors.PartOfSpeech, selectors),
                Pronunciation.Normalize(OptionalText(block, selectors.Pronunciation, selectors)),
                senses)
            {
                Audio = RecordingReader.Read(block, selectors, pageUrl),
            });
        }

        return entries;
    }

    /// <summary>The entry elements of the page (inside the entry scope, when the profile names one).</summary>
    public static List<IElement> Elements(IDocument document, CompiledSelectors selectors)
    {
        INode? scope = selectors.EntryScope is null ? document : document.First(selectors.EntryScope);
        return scope is null ? [] : scope.All(selectors.Entry);
    }

    private static string? OptionalText(EntryBlock block, ISelector? selector, CompiledSelectors selectors)
    {
        if (selector is null)
        {
            return null;
        }

        var text = block.Text(block.First(selector), selectors.LeadingSeparator);
        return text.Length == 0 ? null : text;
    }

    // Cambridge heads one entry "exclamation, noun", Longman too ("interjection, noun"); Collins gives each sense its own.
    private static string? PartsOfSpeech(EntryBlock block, CompiledSelectors selectors)
    {
        var elements = selectors.PartOfSpeech is null ? [] : block.All(selectors.PartOfSpeech);
        var parts = new List<string>(elements.Count);
        foreach (var element in elements)
        {
            // Where the commas between them sit inside the elements (", noun"), they are not part of the name.
            var text = ElementText.Of(element, selectors.LeadingSeparator).Trim(',', ' ');
            if (text.Length > 0 && !parts.Contains(text))
            {
                parts.Add(text);
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => string.Join(", ", parts),
        };
    }

    private static int? ParseNumber(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
