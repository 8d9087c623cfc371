using System.Text.RegularExpressions;

namespace Scraper.Tests.Cli;

/// <summary>
/// The lines of the README that the README test runs: in each ```bash block, every line that runs `scraper` (alone or
/// after a pipe) and every `printf`/`echo` line that writes a file the next lines read. Two markers at a line's end:
/// `# network` (it needs the internet: not run) and `# exit N` (the exit code it should end with; else 0).
/// </summary>
internal static partial class ReadmeCommands
{
    public static IReadOnlyList<ReadmeCommand> Read(string readme)
    {
        var commands = new List<ReadmeCommand>();
        var inBash = false;
        var lines = readme.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBash = !inBash && line.Trim() == "```bash";
                continue;
            }

            if (!inBash || !(RunsScraper().IsMatch(line) || WritesFile().IsMatch(line)))
            {
                continue;
            }

            var exit = ExitMarker().Match(line) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            commands.Add(new ReadmeCommand(i + 1, line.Trim(), exit, NeedsNetwork: NetworkMarker().IsMatch(line)));
        }

        return commands;
    }

    [GeneratedRegex(@"(^|\|)\s*scraper\s")]
    private static partial Regex RunsScraper();

    [GeneratedRegex(@"^\s*(printf|echo)\s.*>\s*\S+\s*$")]
    private static partial Regex WritesFile();

    [GeneratedRegex(@"#\s*exit\s+(\d+)\s*$")]
    private static partial Regex ExitMarker();

    [GeneratedRegex(@"#\s*network\s*$")]
    private static partial Regex NetworkMarker();
}

/// <summary>One line of the README to run, where it is, and the exit code it should end with.</summary>
internal sealed record ReadmeCommand(int Line, string Text, int ExitCode, bool NeedsNetwork);
