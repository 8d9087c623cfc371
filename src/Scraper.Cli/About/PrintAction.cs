using System.CommandLine;
using System.CommandLine.Invocation;

namespace Scraper.Cli.About;

/// <summary>The action of an option that prints some lines to stdout and ends the run with exit 0 (--version, --info).</summary>
internal sealed class PrintAction(CliConsole console, Func<IReadOnlyList<string>> lines) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        foreach (var line in lines())
        {
            console.Out.WriteLine(line);
        }

        console.Out.Flush();
        return ExitCodes.Success;
    }
}
