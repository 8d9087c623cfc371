namespace Scraper.Cli.Completion;

/// <summary>What a value of an option is, for the shells' own file and directory completion.</summary>
internal enum ValueKind
{
    Text,
    File,
    Directory,
}
