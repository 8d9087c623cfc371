namespace Scraper.Cli.Shell;

/// <summary>What `:help` prints, and the names of the shell's commands (for "did you mean").</summary>
internal static class ShellHelp
{
    public static IReadOnlyList<string> Commands { get; } = [":help", ":site", ":format", ":history", ":quit", ":q", ":exit"];

    public static IReadOnlyList<string> Lines { get; } =
    [
        "Type a word and Enter to look it up; a number picks a \"Did you mean\" suggestion of the last word.",
        "  :site [NAME]        switch to another site (no name: the current one and the list)",
        "  :format table|json  print each word as a table, or as one JSON result object per line",
        "  :history [N]        the last N words looked up (default 10), newest first, as 'scraper history'",
        "  :help               this list",
        "  :quit, :q, :exit    leave (so do Ctrl+D on an empty line, and the end of input)",
        "Keys: left/right, Home/End (Ctrl+A/E), Backspace/Delete, up/down for earlier lines, Ctrl+U/K to cut,",
        "Ctrl+C to clear the line or to cancel the lookup under way.",
    ];
}
