using System.CommandLine;
using System.CommandLine.Help;
using Scraper.Cli.Usage;

namespace Scraper.Cli.Commands;

/// <summary>`scraper help [COMMAND]`: the same help as `scraper [COMMAND] --help`.</summary>
internal static class HelpCommand
{
    public static Command Create(CliConsole console, RootCommand root)
    {
        var name = new Argument<string?>("command") { HelpName = "COMMAND", Description = "The command to explain", Arity = ArgumentArity.ZeroOrOne };
        name.CompletionSources.Add(_ => root.Subcommands.Select(c => new System.CommandLine.Completions.CompletionItem(c.Name)));
        var command = new Command("help", "Show the help of scraper or of one command") { name };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(name);
            if (wanted is not null && !root.Subcommands.Any(c => c.Name == wanted))
            {
                var closest = Closest.To(wanted!, root.Subcommands.Select(c => c.Name));
                throw new UsageException($"no command '{wanted}'" + (closest is null ? $"; commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}" : $"; did you mean 'scraper help {closest}'?"));
            }

            // The help of the tree this command is in, as --help shows it.
            var help = (HelpPageAction)root.Options.OfType<HelpOption>().Single().Action!;
            console.Out.Write(help.Help.Render(wanted));
            console.Out.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
