using System.Text;

namespace Scraper.Cli.Completion;

/// <summary>
/// The bash completion script (zsh runs it too, through bashcompinit): commands, each command's options, the values
/// of choice options and site names, and the shell's own file and directory completion for PATH and DIR.
/// </summary>
internal static class BashScript
{
    public static string Write(CompletionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var script = new StringBuilder();
        script.AppendLine("# scraper completion for bash. Load it now:   source <(scraper completion bash)");
        script.AppendLine("# or for every shell:  scraper completion bash > ~/.local/share/bash-completion/completions/scraper");
        script.AppendLine("_scraper() {");
        script.AppendLine("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" cmd=\"\" i");
        script.AppendLine("    for ((i = 1; i < COMP_CWORD; i++)); do");
        script.AppendLine("        case \"${COMP_WORDS[i]}\" in");
        script.AppendLine($"            {string.Join('|', model.Commands.Select(c => c.Name))}) cmd=\"${{COMP_WORDS[i]}}\"; break ;;");
        script.AppendLine("        esac");
        script.AppendLine("    done");
        script.AppendLine("    case \"$cmd:$prev\" in");
        foreach (var command in model.Commands.Prepend(model.Root))
        {
            foreach (var option in command.Options.Where(o => o.TakesValue))
            {
                var pattern = string.Join('|', option.Names.Select(n => $"{command.Name}:{n}"));
                script.AppendLine($"        {pattern}) {Reply(option)}; return ;;");
            }
        }

        script.AppendLine("    esac");
        script.AppendLine("    case \"$cmd\" in");
        foreach (var command in model.Commands.Prepend(model.Root))
        {
            var label = command.Name.Length == 0 ? "\"\"" : command.Name;
            script.AppendLine($"        {label}) if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W \"{string.Join(' ', command.OptionNames)}\" -- \"$cur\"));"
                + $" else COMPREPLY=($(compgen -W \"{string.Join(' ', command.Positional)}\" -- \"$cur\")); fi ;;");
        }

        script.AppendLine("    esac");
        script.AppendLine("}");
        script.AppendLine("complete -F _scraper scraper");
        return script.ToString();
    }

    private static string Reply(OptionWords option) => option switch
    {
        { Values.Count: > 0 } => $"COMPREPLY=($(compgen -W \"{string.Join(' ', option.Values)}\" -- \"$cur\"))",
        { Kind: ValueKind.File } => "COMPREPLY=($(compgen -f -- \"$cur\"))",
        { Kind: ValueKind.Directory } => "COMPREPLY=($(compgen -d -- \"$cur\"))",
        _ => "COMPREPLY=()",
    };
}
