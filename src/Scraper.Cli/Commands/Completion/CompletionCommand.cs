using System.CommandLine;
using Scraper.Cli.Completion;

namespace Scraper.Cli.Commands;

/// <summary>`scraper completion bash|zsh|fish|pwsh`: prints a completion script to source.</summary>
internal static class CompletionCommand
{
    private static readonly string[] Shells = ["bash", "zsh", "fish", "pwsh"];

    public static Command Create(CliConsole console)
    {
        var shell = new Argument<string>("shell") { HelpName = string.Join('|', Shells), Description = "The shell to complete in" };
        shell.AcceptOnlyFromAmong(Shells);
        shell.CompletionSources.Clear();
        shell.CompletionSources.Add(Shells);
        var command = new Command("completion", "Print a shell completion script (commands, options, formats, site names) to source") { shell };
        command.SetAction(parse =>
        {
            // The whole tree, built again here: the script completes exactly what the parser accepts.
            var model = CompletionModel.From(ScraperCommands.Create(console));
            console.Out.Write(parse.GetValue(shell) switch
            {
                "bash" => BashScript.Write(model),
                "zsh" => ZshScript.Write(model),
                "fish" => FishScript.Write(model),
                _ => PwshScript.Write(model),
            });
            console.Out.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
