using System.Globalization;
using System.Text;
using Scraper.Results;

namespace Scraper.Output;

/// <summary>
/// A glossary to read: a heading per word, each entry's headword, part of speech and IPA, its numbered definitions
/// with their examples in italics and lettered sub-senses; a word not found says so with the site's suggestions,
/// and a word that failed says why, so that no word is missing from the page. With several sites, a word's heading comes
/// once and each site's results follow under the site's name (results come in word order, then site order).
/// </summary>
internal sealed class MarkdownResultWriter(TextWriter writer, bool severalSites = false) : IResultWriter
{
    private string? lastKeyword;

    public async ValueTask WriteAsync(LookupResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        var text = severalSites ? SiteOfWord(result) : Word(result);

        // Not cancelled once started: a word is written whole or not at all.
        await writer.WriteAsync(text.AsMemory(), CancellationToken.None);
        await writer.FlushAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync() => await writer.FlushAsync(CancellationToken.None);

    internal static string Word(LookupResult result)
    {
        var md = new StringBuilder();
        md.Append("## ").Append(MarkdownText.Escape(result.Keyword)).Append("\n\n");
        Body(md, result);
        return md.ToString();
    }

    private string SiteOfWord(LookupResult result)
    {
        var md = new StringBuilder();
        if (result.Keyword != lastKeyword)
        {
            md.Append("## ").Append(MarkdownText.Escape(result.Keyword)).Append("\n\n");
            lastKeyword = result.Keyword;
        }

        md.Append("### ").Append(MarkdownText.Escape(result.Site ?? "")).Append("\n\n");
        Body(md, result);
        return md.ToString();
    }

    private static void Body(StringBuilder md, LookupResult result)
    {
        switch (result.Status)
        {
            case LookupStatus.Found:
                result.Entries.ToList().ForEach(e => Entry(md, e));
                break;
            case LookupStatus.NotFound:
                md.Append("*Not found.*");
                if (result.Suggestions.Count > 0)
                {
                    md.Append(" Did you mean: ").Append(string.Join(", ", result.Suggestions.Select(MarkdownText.Escape))).Append('?');
                }
                else if (!string.IsNullOrEmpty(result.Error))
                {
                    md.Append(' ').Append(MarkdownText.Escape(result.Error));
                }

                md.Append("\n\n");
                break;
            default:
                md.Append('*').Append(StatusName.Of(result.Status)).Append(":* ")
                    .Append(MarkdownText.Escape(result.Error ?? "no entry could be read from the page")).Append("\n\n");
                break;
        }
    }

    private static void Entry(StringBuilder md, Entry entry)
    {
        md.Append("**").Append(MarkdownText.Escape(entry.Headword)).Append("**");
        if (entry.Homograph is { } number)
        {
            md.Append(' ').Append(number.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(entry.PartOfSpeech))
        {
            md.Append(" *").Append(MarkdownText.Escape(entry.PartOfSpeech)).Append('*');
        }

        if (!string.IsNullOrEmpty(entry.Pronunciation))
        {
            md.Append(' ').Append(MarkdownText.Escape(entry.Pronunciation));
        }

        // Each recording a link, named by its accent: the reader's viewer plays it on a click.
        foreach (var recording in entry.Audio)
        {
            md.Append(" [♪").Append(recording.Region is null ? "" : " " + recording.Region).Append("](<").Append(recording.Url).Append(">)");
        }

        md.Append("\n\n");
        for (var i = 0; i < entry.Senses.Count; i++)
        {
            // What belongs to a numbered item is indented by its marker's width ("9. " three, "10. " four), or CommonMark
            // ends the item there: from sense 10 on the examples would lose their nesting and the numbering restart.
            var sense = entry.Senses[i];
            var marker = (i + 1).ToString(CultureInfo.InvariantCulture) + ". ";
            var inner = new string(' ', marker.Length);
            md.Append(marker).Append(MarkdownText.Escape(sense.Definition)).Append('\n');
            Examples(md, sense.Examples, inner);
            for (var j = 0; j < sense.Subsenses.Count; j++)
            {
                md.Append(inner).Append("- (").Append((char)('a' + (j % 26))).Append(") ").Append(MarkdownText.Escape(sense.Subsenses[j].Definition)).Append('\n');
                Examples(md, sense.Subsenses[j].Examples, inner + "  ");
            }
        }

        md.Append(entry.Senses.Count > 0 ? "\n" : "");
    }

    private static void Examples(StringBuilder md, IReadOnlyList<string> examples, string indent)
    {
        foreach (var example in examples.Select(MarkdownText.Escape).Where(e => e.Length > 0))
        {
            md.Append(indent).Append("- *").Append(example).Append("*\n");
        }
    }
}
