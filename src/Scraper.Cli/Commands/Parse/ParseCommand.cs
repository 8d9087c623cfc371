using System.CommandLine;
using Scraper.Cli.Usage;
using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>`scraper parse FILE... --site NAME`: saved pages read from disk as the profile reads fetched ones; no request.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var files = new Argument<string[]>("FILE")
        {
            HelpName = "FILE",
            Description = "Saved pages (.html): each one's name without extension is its result's keyword and its slug on the site",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = ChoiceOption.Create("--format", "Output format", ResultFormat.Table);
        var output = new Option<string?>("--output", "-o") { HelpName = "PATH", Description = "Write results to this file instead of stdout" };
        var command = new Command("parse", "Read saved pages from disk with a site's profile and print them as lookup does (no request is made)")
        {
            files, format, output, common.Verbose, common.Quiet,
        };
        common.AddSiteChoice(command);
        command.SetAction((parse, _) => new ParseHandler(console).RunAsync(new ParseRequest
        {
            Common = common.Read(parse),
            Files = parse.GetValue(files) ?? [],
            Format = parse.GetValue(format),
            Output = parse.GetValue(output),
        }));
        return command;
    }
}
