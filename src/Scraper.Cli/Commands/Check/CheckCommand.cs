using System.CommandLine;
using Scraper.Cli.Settings;
using Scraper.Cli.Usage;

namespace Scraper.Cli.Commands;

/// <summary>`scraper check`: the canary that says whether a profile still parses its site.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var concurrency = NumberOption.Int("--concurrency", "-c", "N", "Most requests in flight at once", 8, 1, 1000);
        var timeout = NumberOption.Int("--timeout", null, "SECONDS", "Seconds per attempt", 10, 1, 3600);
        var command = new Command("check", "Look up the profile's check words and say whether the site still parses (exit 0) or not (exit 3)")
        {
            common.BaseUrl, concurrency, timeout, common.IgnoreRobots, common.NoArchive, common.Verbose, common.Quiet,
        };
        common.AddSiteChoice(command);
        command.SetAction((parse, _) =>
        {
            var config = UserConfigFile.Load(console.Folders.ConfigPath);
            return new CheckHandler(console).RunAsync(new CheckRequest
            {
                Common = common.Read(parse, config),
                Concurrency = Given.Value(parse, concurrency) ?? config.Concurrency ?? parse.GetValue(concurrency),
                TimeoutSeconds = parse.GetValue(timeout),
            });
        });
        return command;
    }
}
