using Scraper.Results;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>Results as a person reads them in a terminal: headword, part of speech, numbered definitions, an example each.</summary>
internal static class ResultTableRenderer
{
    // The word's line under several sites: as wide as the terminal up to this, and this wide into a file or a pipe.
    private const int RuleWidth = 60;

    public static void Render(IAnsiConsole console, LookupResult result)
    {
        var keyword = Markup.Escape(result.Keyword);
        switch (result.Status)
        {
            case LookupStatus.Found:
                foreach (var entry in result.Entries)
                {
                    RenderEntry(console, entry);
                }

                break;
            case LookupStatus.NotFound:
                console.MarkupLine($"[yellow]{keyword}[/]: not in the dictionary{Reason(result)}");
                if (result.Suggestions.Count > 0)
                {
                    console.Write(HangingIndent.Line(2, "Did you mean:", Markup.Escape(string.Join(", ", result.Suggestions))));
                }

                break;
            case LookupStatus.Blocked:
                // A refusal, never "not in the dictionary": the word may well exist.
                console.MarkupLine($"[red]{keyword}[/]: blocked: {Markup.Escape(BlockedReason(result))}");
                break;
            default:
                console.MarkupLine($"[red]{keyword}[/]: {Label(result.Status)}{Reason(result)}");
                break;
        }

        console.WriteLine();
    }

    /// <summary>
    /// Results of several sites, in word order then site order: a rule with the word once, then each site's name
    /// and what that site has for it.
    /// </summary>
    public static void RenderBySite(IAnsiConsole console, IEnumerable<LookupResult> results)
    {
        string? word = null;
        foreach (var result in results)
        {
            if (result.Keyword != word)
            {
                word = result.Keyword;
                console.MarkupLine($"[bold]══ {Markup.Escape(word)} {new string('═', Math.Max(2, Math.Min(console.Profile.Width, RuleWidth) - word.Length - 4))}[/]");
            }

            console.MarkupLine($"[bold cyan]{Markup.Escape(result.Site ?? "")}[/]");
            Render(console, result);
        }
    }

    private static void RenderEntry(IAnsiConsole console, Entry entry)
    {
        var homograph = entry.Homograph is { } n ? $"[dim]{n}[/] " : "";
        var pos = entry.PartOfSpeech is { Length: > 0 } p ? $" [italic]{Markup.Escape(p)}[/]" : "";
        var pron = entry.Pronunciation is { Length: > 0 } ipa ? $" [dim]{Markup.Escape(ipa)}[/]" : "";
        console.MarkupLine($"[bold]{Markup.Escape(entry.Headword)}[/] {homograph}{pos}{pron}{Recordings(entry)}".Replace("  ", " ", StringComparison.Ordinal));
        for (var i = 0; i < entry.Senses.Count; i++)
        {
            var sense = entry.Senses[i];
            console.Write(HangingIndent.Line(2, $"[bold]{i + 1}.[/]", Markup.Escape(sense.Definition)));
            RenderExample(console, sense.Examples, 5);
            for (var j = 0; j < sense.Subsenses.Count; j++)
            {
                var sub = sense.Subsenses[j];
                console.Write(HangingIndent.Line(5, $"[bold]{(char)('a' + (j % 26))}.[/]", Markup.Escape(sub.Definition)));
                RenderExample(console, sub.Examples, 8);
            }
        }
    }

    // Only that recordings exist, and in which accents ("♪ uk us"): their URLs are in the JSON, too long for a head line.
    private static string Recordings(Entry entry)
    {
        if (entry.Audio.Count == 0)
        {
            return "";
        }

        var regions = entry.Audio.Select(r => r.Region).OfType<string>().Distinct(StringComparer.Ordinal);
        return $" [dim]{Markup.Escape(string.Join(' ', ["♪", .. regions]))}[/]";
    }

    private static void RenderExample(IAnsiConsole console, IReadOnlyList<string> examples, int indent)
    {
        if (examples.Count > 0)
        {
            console.Write(HangingIndent.Block(indent, $"[dim italic]{Markup.Escape(examples[0])}[/]"));
        }
    }

    private static string Label(LookupStatus status) => status switch
    {
        LookupStatus.Empty => "page fetched but no entry could be read",
        _ => "failed",
    };

    internal static string BlockedReason(LookupResult result) => result.Error ?? "the site refused the tool";

    private static string Reason(LookupResult result) =>
        result.Error is { Length: > 0 } error ? $" ({Markup.Escape(error)})" : "";
}
