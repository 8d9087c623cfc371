using System.Text;

namespace Scraper.Cli.Completion;

/// <summary>The fish completion script: one <c>complete</c> line per command and per option.</summary>
internal static class FishScript
{
    public static string Write(CompletionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var script = new StringBuilder();
        script.AppendLine("# scraper completion for fish:  scraper completion fish > ~/.config/fish/completions/scraper.fish");
        script.AppendLine("complete -c scraper -f");
        var names = string.Join(' ', model.Commands.Select(c => c.Name));
        foreach (var command in model.Commands)
        {
            script.AppendLine($"complete -c scraper -n 'not __fish_seen_subcommand_from {names}' -a {command.Name} -d {Quote(command.Description)}");
        }

        foreach (var command in model.Commands.Prepend(model.Root))
        {
            var condition = command.Name.Length == 0 ? $"not __fish_seen_subcommand_from {names}" : $"__fish_seen_subcommand_from {command.Name}";
            foreach (var option in command.Options)
            {
                script.AppendLine($"complete -c scraper -n '{condition}'{Flags(option)} -d {Quote(option.Description)}");
            }

            if (command.Name.Length > 0 && command.Positional.Count > 0)
            {
                script.AppendLine($"complete -c scraper -n '{condition}' -a '{string.Join(' ', command.Positional)}'");
            }
        }

        return script.ToString();
    }

    private static string Flags(OptionWords option)
    {
        var flags = new StringBuilder();
        if (option.Long is { } longName)
        {
            flags.Append(" -l ").Append(longName[2..]);
        }

        if (option.Short is { } shortName)
        {
            flags.Append(" -s ").Append(shortName[1..]);
        }

        flags.Append(option switch
        {
            { TakesValue: false } => "",
            { Values.Count: > 0 } => $" -x -a '{string.Join(' ', option.Values)}'",
            { Kind: ValueKind.File } => " -r -F",
            { Kind: ValueKind.Directory } => " -x -a '(__fish_complete_directories)'",
            _ => " -x",
        });
        return flags.ToString();
    }

    private static string Quote(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
