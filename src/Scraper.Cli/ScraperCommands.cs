using System.CommandLine;
using System.CommandLine.Help;
using Scraper.Cli.About;
using Scraper.Cli.Commands;
using Scraper.Cli.Usage;

namespace Scraper.Cli;

/// <summary>The command tree: every command, --version and --info, and the help they all share.</summary>
internal static class ScraperCommands
{
    public static RootCommand Create(CliConsole console)
    {
        var root = CreateTree(console);
        var help = new HelpText(() => CreateTree(console), HelpWidth(console));
        root.Options.OfType<HelpOption>().Single().Action = new HelpPageAction(console, help);

        // Unmatched tokens are reported by UsageErrors, with a suggestion, instead of System.CommandLine's bare list.
        foreach (var command in root.Subcommands.Prepend(root))
        {
            command.TreatUnmatchedTokensAsErrors = false;
        }

        // A bare `scraper` did nothing that was asked: the overview on stderr, and exit 2 so that a script notices.
        root.SetAction(_ =>
        {
            console.Error.WriteLine("scraper: no command given; the commands and how to start:");
            console.Error.WriteLine();
            console.Error.Write(help.Render(null));
            console.Error.Flush();
            return ExitCodes.Usage;
        });
        return root;
    }

    /// <summary>The commands and options, with System.CommandLine's own help action: what <see cref="HelpText"/> renders.</summary>
    public static RootCommand CreateTree(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("Look words up on dictionary websites, and measure what concurrency buys.")
        {
            LookupCommand.Create(console),
            BenchCommand.Create(console),
            ServeCommand.Create(console),
            SitesCommand.Create(console),
            CheckCommand.Create(console),
            ParseCommand.Create(console),
            Shell.ShellCommand.Create(console),
            HistoryCommand.Create(console),
            CacheCommand.Create(console),
            CompletionCommand.Create(console),
        };
        root.Subcommands.Add(HelpCommand.Create(console, root));
        root.HelpName = "scraper";
        root.Options.OfType<VersionOption>().Single().Action = new PrintAction(console, () => [VersionText.Line]);
        root.Options.Add(new Option<bool>("--info")
        {
            Description = "Show what a bug report needs: version, runtime, OS, terminal, User-Agent, locations",
            Action = new PrintAction(console, () => InfoReport.Lines(console)),
        });
        return root;
    }

    // Help wraps at the terminal's width; into a pipe or a file at 80 columns, so that it reads the same everywhere.
    private static int HelpWidth(CliConsole console)
    {
        try
        {
            return console.OutputIsTerminal && Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
