namespace Scraper.Cli.Completion;

/// <summary>An option: its spellings, whether a value follows, and the values (or the kind of path) to offer.</summary>
internal sealed record OptionWords(IReadOnlyList<string> Names, string Description, bool TakesValue, ValueKind Kind, IReadOnlyList<string> Values)
{
    public string? Long => Names.FirstOrDefault(n => n.StartsWith("--", StringComparison.Ordinal));

    public string? Short => Names.FirstOrDefault(n => n.Length == 2 && n[0] == '-' && char.IsLetterOrDigit(n[1]));
}
