using System.Globalization;
using System.Text;
using Scraper.Results;

namespace Scraper.Output;

/// <summary>
/// The fields of one found word's Anki note, each HTML: the front is the headword with its parts of speech and IPA,
/// the back its numbered definitions with their examples in italics and lettered sub-senses.
/// </summary>
internal static class AnkiNote
{
    public static string Front(LookupResult result)
    {
        var first = result.Entries.Count > 0 ? result.Entries[0] : null;
        var headword = HtmlText.Escape(first?.Headword is { Length: > 0 } h ? h : result.Keyword);
        var parts = result.Entries.Select(e => e.PartOfSpeech).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).ToList();
        var front = new StringBuilder(headword);
        if (parts.Count > 0)
        {
            front.Append(" <i>").Append(HtmlText.Escape(string.Join(", ", parts))).Append("</i>");
        }

        if (result.Entries.Select(e => e.Pronunciation).FirstOrDefault(p => !string.IsNullOrEmpty(p)) is { } ipa)
        {
            front.Append(' ').Append(HtmlText.Escape(ipa));
        }

        return front.ToString();
    }

    public static string Back(LookupResult result)
    {
        var back = new StringBuilder();
        foreach (var entry in result.Entries)
        {
            // One entry needs no label: the front says it all. Several (love the verb, love the noun) each get one.
            if (result.Entries.Count > 1)
            {
                back.Append("<div><b>").Append(HtmlText.Escape(entry.Headword)).Append("</b>");
                if (entry.Homograph is { } number)
                {
                    back.Append("<sup>").Append(number.ToString(CultureInfo.InvariantCulture)).Append("</sup>");
                }

                back.Append(" <i>").Append(HtmlText.Escape(entry.PartOfSpeech)).Append("</i></div>");
            }

            if (entry.Senses.Count == 0)
            {
                continue;
            }

            back.Append("<ol>");
            foreach (var sense in entry.Senses)
            {
                back.Append("<li>").Append(HtmlText.Escape(sense.Definition));
                Examples(back, sense.Examples);
                if (sense.Subsenses.Count > 0)
                {
                    back.Append("<ol type=\"a\">");
                    foreach (var subsense in sense.Subsenses)
                    {
                        back.Append("<li>").Append(HtmlText.Escape(subsense.Definition));
                        Examples(back, subsense.Examples);
                        back.Append("</li>");
                    }

                    back.Append("</ol>");
                }

                back.Append("</li>");
            }

            back.Append("</ol>");
        }

        return back.ToString();
    }

    /// <summary>One tag (Anki splits tags on spaces): the site's name, anything but letters, digits, - and _ as _.</summary>
    public static string Tag(string site) =>
        string.Concat(site.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));

    private static void Examples(StringBuilder back, IReadOnlyList<string> examples)
    {
        if (examples.Count == 0)
        {
            return;
        }

        back.Append("<ul>");
        foreach (var example in examples)
        {
            back.Append("<li><i>").Append(HtmlText.Escape(example)).Append("</i></li>");
        }

        back.Append("</ul>");
    }
}
