using System.CommandLine;
using Scraper.Cli.Commands;
using Scraper.Cli.Settings;
using Scraper.Cli.Usage;
using Scraper.Fetching;
using Scraper.Lookup;

namespace Scraper.Cli.Shell;

/// <summary>`scraper shell`: lookup's site and fetching options, and the handoff to <see cref="ShellLoop"/>.</summary>
internal static class ShellCommand
{
    private static readonly TimeSpan MostTotalTimeout = TimeSpan.FromDays(1);

    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var retries = NumberOption.Int("--retries", null, "N", "Retries of a transient failure (connection error, timeout, 408, 429, 5xx)", 3, 0, 100);
        var timeout = NumberOption.Int("--timeout", null, "SECONDS", "Seconds per attempt", 10, 1, 3600);
        var homographs = ChoiceOption.Create("--homographs", "Follow links to the other homographs of a headword (all) or not (first)", HomographMode.All);
        var format = ChoiceOption.Create("--format", "How each word is printed at first (:format changes it)", ShellFormat.Table);
        var fetching = new FetchingOptions();
        fetching.NoCache.Description = "Do not use the default cache, which the shell uses as single lookups do (see 'scraper cache')";
        var command = new Command("shell", "Look words up one at a time at a prompt, with line editing and history")
        {
            common.BaseUrl, retries, timeout, homographs, format, common.IgnoreRobots, common.NoArchive, common.Verbose, common.Quiet,
        };
        common.AddSiteChoice(command);
        fetching.AddTo(command);
        command.Validators.Add(r =>
        {
            // The check of lookup: Polly refuses a total timeout over a day.
            if (NumberOption.TryGet(r, timeout, out var seconds) && NumberOption.TryGet(r, retries, out var count)
                && new FetchOptions { AttemptTimeout = TimeSpan.FromSeconds(seconds), Retries = count }.TotalTimeout > MostTotalTimeout)
            {
                r.AddError($"--timeout {seconds} with --retries {count} lets one page take over a day, the most there is: lower one of them");
            }
        });
        command.SetAction((parse, _) => ShellLoop.RunAsync(console, new ShellRequest
        {
            Common = common.Read(parse, UserConfigFile.Load(console.Folders.ConfigPath)),
            Retries = parse.GetValue(retries),
            TimeoutSeconds = parse.GetValue(timeout),
            Homographs = parse.GetValue(homographs),
            Format = parse.GetValue(format),
            Fetching = fetching.Read(parse),
        }));
        return command;
    }
}
