namespace Scraper.Cli.Shell;

/// <summary>What `:help` prints, and the names of the shell's commands (for "did you mean").</summary>
internal static class ShellHelp
{
    public static IReadOnlyList<string> Commands { get; } = [":help", ":site", ":play", ":format", ":history", ":quit", ":q", ":exit"];

    // Each line under 80 columns, so that help reads whole in the narrowest common terminal.
    public static IReadOnlyList<string> Lines { get; } =
    [
        "Type a word and Enter to look it up. A number picks a \"Did you mean\"",
        "suggestion of the last word not found.",
        "  :site NAME          switch site; NAME,NAME or all: each word on several",
        "                      (no name: the current sites and the others)",
        "  :play               play the last found word's first recording",
        "  :format table|json  each word as a table, or as one JSON object a line",
        "  :history [N]        the last N words looked up (10), as 'scraper history'",
        "  :help               this list",
        "  :quit, :q, :exit    leave; so do Ctrl+D on an empty line and end of input",
        "Keys: left/right, Home/End, Backspace/Delete, up/down for earlier lines,",
        "Ctrl+U/Ctrl+K cut before/after the cursor, Ctrl+C clears the line or",
        "cancels the lookup under way.",
    ];
}
