using System.CommandLine;
using System.CommandLine.Invocation;

namespace Scraper.Cli.Usage;

/// <summary>What --help (and -h, -?) does on every command: <see cref="HelpText"/> on stdout, exit 0.</summary>
internal sealed class HelpPageAction(CliConsole console, HelpText help) : SynchronousCommandLineAction
{
    public HelpText Help => help;

    // As System.CommandLine's own help: `lookup --formt x --help` shows the help rather than the error.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var command = parseResult.CommandResult.Command;
        console.Out.Write(help.Render(command is RootCommand ? null : command.Name));
        console.Out.Flush();
        return ExitCodes.Success;
    }
}
