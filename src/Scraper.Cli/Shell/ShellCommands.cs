using System.Globalization;
using Scraper.Cli.Usage;
using Scraper.History;

namespace Scraper.Cli.Shell;

/// <summary>The shell's ':' commands. Each mistake goes to <see cref="ShellInterpreter.Mistaken"/>: one line on a terminal, the end of a piped shell.</summary>
internal static class ShellCommands
{
    /// <summary>Runs the command <paramref name="text"/>; false for :quit.</summary>
    public static async Task<bool> RunAsync(ShellInterpreter shell, string text)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var argument = parts.Length > 1 ? parts[1] : null;
        var name = parts[0].ToLowerInvariant();
        if (argument is not null && name is ":quit" or ":q" or ":exit" or ":help" or ":h" or ":?" or ":play")
        {
            // In a script, ":quit now" or ":play loud" was meant as something this command does not do.
            shell.Mistaken($"{parts[0]} takes nothing after it, not '{argument}'");
            return true;
        }

        switch (name)
        {
            case ":quit" or ":q" or ":exit":
                return false;
            case ":help" or ":h" or ":?":
                foreach (var line in ShellHelp.Lines)
                {
                    shell.View.Say(line);
                }

                break;
            case ":site":
                ShellSiteCommand.Run(shell, argument);
                break;
            case ":play":
                await ShellPlayCommand.RunAsync(shell);
                break;
            case ":format":
                Format(shell, argument);
                break;
            case ":history":
                History(shell, argument);
                break;
            default:
                shell.Mistaken(Closest.To(parts[0], ShellHelp.Commands) is { } closest
                    ? $"unknown command '{parts[0]}'; did you mean '{closest}'? (:help lists them)"
                    : $"unknown command '{parts[0]}' (:help lists them)");
                break;
        }

        return true;
    }

    private static void Format(ShellInterpreter shell, string? name)
    {
        if (name is not null && Enum.TryParse<ShellFormat>(name, ignoreCase: true, out var format) && ChoiceOption.Names<ShellFormat>().Contains(name.ToLowerInvariant()))
        {
            shell.Format = format;
            shell.View.Say($"format: {ChoiceOption.Name(format)}");
            return;
        }

        var choose = $"choose :format {string.Join('|', ChoiceOption.Names<ShellFormat>())}";
        if (name is null)
        {
            shell.View.Say($"format: {ChoiceOption.Name(shell.Format)}; {choose}");
        }
        else
        {
            shell.Mistaken($"unknown format '{name}'; {choose}");
        }
    }

    private static void History(ShellInterpreter shell, string? count)
    {
        var n = 10;

        // A number past int's range asks for everything there is.
        if (count is { Length: > 0 } && count.All(char.IsAsciiDigit) && !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out n))
        {
            n = int.MaxValue;
        }
        else if (count is not null && (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out n) || n < 1))
        {
            shell.Mistaken($":history takes a number of words from 1 up, not '{count}'");
            return;
        }

        foreach (var entry in shell.Session.History(n))
        {
            var at = entry.At.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            shell.View.Say($"{at}  {entry.Word}  {entry.Site}  {entry.Status}");
        }
    }
}
