namespace Scraper.Cli.Shell;

/// <summary>What a key does to the line being edited.</summary>
internal enum LineKey
{
    None,
    Insert,
    Enter,
    EndOfInput,
    Clear,
    Backspace,
    Delete,
    Left,
    Right,
    Home,
    End,
    Older,
    Newer,
    CutToStart,
    CutToEnd,
}
