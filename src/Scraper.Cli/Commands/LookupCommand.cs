using System.CommandLine;
using Scraper.Lookup;
using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>`scraper lookup [WORD...]`: the options, and the handoff to <see cref="LookupHandler"/>.</summary>
internal static class LookupCommand
{
    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var concurrency = CommonOptions.PositiveInt("--concurrency", "-c", "Most requests in flight at once", 8);
        var retries = CommonOptions.PositiveInt("--retries", null, "Retries of a transient failure (connection error, timeout, 408, 429, 5xx)", 3, min: 0);
        var timeout = CommonOptions.PositiveInt("--timeout", null, "Seconds per attempt", 10);
        var homographs = new Option<HomographMode>("--homographs") { Description = "Follow links to the other homographs of a headword (all) or not (first)", DefaultValueFactory = _ => HomographMode.All };
        var format = new Option<ResultFormat>("--format") { Description = "Output format", DefaultValueFactory = _ => ResultFormat.Table };
        var output = new Option<string?>("--output", "-o") { Description = "Write results to this file instead of stdout" };
        var fetching = new FetchingOptions();
        var resume = new Option<bool>("--resume") { Description = "Continue the -o file (jsonl or csv): skip the words it has, look the failed ones up again, append" };

        var command = new Command("lookup", "Look words up and print or save their entries")
        {
            common.Words, common.File, common.BaseUrl, concurrency, retries, timeout, homographs, format, output, common.Verbose, common.Quiet,
        };
        common.AddSiteChoice(command);
        fetching.AddTo(command);
        command.Options.Add(resume);
        command.SetAction((parse, _) => new LookupHandler(console).RunAsync(new LookupRequest
        {
            Common = common.Read(parse),
            Concurrency = parse.GetValue(concurrency),
            Retries = parse.GetValue(retries),
            TimeoutSeconds = parse.GetValue(timeout),
            Homographs = parse.GetValue(homographs),
            Format = parse.GetValue(format),
            Output = parse.GetValue(output),
            Fetching = fetching.Read(parse),
            Resume = parse.GetValue(resume),
            CommandLine = [.. parse.Tokens.Select(t => t.Value)],
        }));
        return command;
    }
}
