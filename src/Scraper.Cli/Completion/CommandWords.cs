namespace Scraper.Cli.Completion;

/// <summary>A command's completable words: its options, and what may stand where its arguments go.</summary>
internal sealed record CommandWords(string Name, string Description, IReadOnlyList<OptionWords> Options, IReadOnlyList<string> Positional)
{
    public IEnumerable<string> OptionNames => Options.SelectMany(o => o.Names);
}
