using System.Text;

namespace Scraper.Cli.Completion;

/// <summary>The PowerShell completion script: a native argument completer over tables of commands, options and values.</summary>
internal static class PwshScript
{
    public static string Write(CompletionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var script = new StringBuilder();
        script.AppendLine("# scraper completion for PowerShell:  scraper completion pwsh | Out-String | Invoke-Expression");
        script.AppendLine("# (add that line to $PROFILE to keep it)");
        script.AppendLine("Register-ArgumentCompleter -Native -CommandName scraper -ScriptBlock {");
        script.AppendLine("    param($wordToComplete, $commandAst, $cursorPosition)");
        script.AppendLine("    $words = @{");
        foreach (var command in model.Commands.Prepend(model.Root))
        {
            script.AppendLine($"        '{command.Name}' = @({List(command.OptionNames.Concat(command.Positional))})");
        }

        script.AppendLine("    }");
        script.AppendLine("    $values = @{");
        foreach (var command in model.Commands.Prepend(model.Root))
        {
            foreach (var option in command.Options.Where(o => o.TakesValue))
            {
                foreach (var name in option.Names)
                {
                    script.AppendLine($"        '{command.Name} {name}' = @({List(option.Values)})");
                }
            }
        }

        script.AppendLine("    }");
        script.AppendLine("    $before = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -lt $cursorPosition } | ForEach-Object { $_.ToString() })");
        script.AppendLine("    $command = @($before | Select-Object -Skip 1 | Where-Object { $words.ContainsKey($_) -and $_ -ne '' })[0]");
        script.AppendLine("    if ($null -eq $command) { $command = '' }");
        script.AppendLine("    $previous = if ($before.Count -gt 1) { $before[-1] } else { '' }");
        script.AppendLine("    $candidates = if ($values.ContainsKey(\"$command $previous\")) { $values[\"$command $previous\"] } else { $words[$command] }");
        script.AppendLine("    $candidates | Where-Object { $_ -like \"$wordToComplete*\" } | ForEach-Object {");
        script.AppendLine("        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)");
        script.AppendLine("    }");
        script.AppendLine("}");
        return script.ToString();
    }

    private static string List(IEnumerable<string> items) => string.Join(", ", items.Select(i => $"'{i.Replace("'", "''", StringComparison.Ordinal)}'"));
}
