using System.CommandLine;
using Scraper.Cli.Settings;
using Scraper.Cli.Usage;
using Scraper.Fetching;
using Scraper.Lookup;
using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>`scraper lookup [WORD...]`: the options, and the handoff to <see cref="LookupHandler"/>.</summary>
internal static class LookupCommand
{
    // Polly refuses a total timeout over a day; a page's total grows with the attempt timeout and the retries.
    private static readonly TimeSpan MostTotalTimeout = TimeSpan.FromDays(1);

    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var concurrency = NumberOption.Int("--concurrency", "-c", "N", "Most requests in flight at once", 8, 1, 1000);
        var retries = NumberOption.Int("--retries", null, "N", "Retries of a transient failure (connection error, timeout, 408, 429, 5xx)", 3, 0, 100);
        var timeout = NumberOption.Int("--timeout", null, "SECONDS", "Seconds per attempt", 10, 1, 3600);
        var homographs = ChoiceOption.Create("--homographs", "Follow links to the other homographs of a headword (all) or not (first)", HomographMode.All);
        var format = ChoiceOption.Create("--format", "Output format", ResultFormat.Table);
        var output = new Option<string?>("--output", "-o") { HelpName = "PATH", Description = "Write results to this file instead of stdout" };
        var fetching = new FetchingOptions();
        var play = new Option<bool>("--play") { Description = "Play the first found word's pronunciation with a player on PATH (ffplay, mpv, mpg123, afplay, cvlc, paplay)" };
        var saveAudio = new Option<string?>("--save-audio") { HelpName = "DIR", Description = "Save each found word's recordings in DIR (love-uk.mp3, love-us.mp3)" };
        var resume = new Option<bool>("--resume") { Description = "Continue the -o file (jsonl, csv or anki): skip the words it has, look the failed ones up again, append" };

        var command = new Command("lookup", "Look words up and print or save their entries")
        {
            common.Words, common.File, common.BaseUrl, concurrency, retries, timeout, homographs, format, output, common.IgnoreRobots, common.NoArchive, common.Verbose, common.Quiet,
        };
        common.AddSiteChoice(command);
        fetching.AddTo(command);
        command.Options.Add(resume);
        command.Options.Add(play);
        command.Options.Add(saveAudio);
        command.Validators.Add(r =>
        {
            if (NumberOption.TryGet(r, timeout, out var seconds) && NumberOption.TryGet(r, retries, out var count)
                && new FetchOptions { AttemptTimeout = TimeSpan.FromSeconds(seconds), Retries = count }.TotalTimeout > MostTotalTimeout)
            {
                r.AddError($"--timeout {seconds} with --retries {count} lets one page take over a day, the most there is: lower one of them (--timeout {seconds} allows --retries up to {MostRetries(seconds)})");
            }
        });
        command.SetAction((parse, _) =>
        {
            var config = UserConfigFile.Load(console.Folders.ConfigPath);
            return new LookupHandler(console).RunAsync(new LookupRequest
            {
                Common = common.Read(parse, config),
                Concurrency = Given.Value(parse, concurrency) ?? config.Concurrency ?? parse.GetValue(concurrency),
                Retries = parse.GetValue(retries),
                TimeoutSeconds = parse.GetValue(timeout),
                Homographs = parse.GetValue(homographs),
                Format = OutputFormatChoice.Decide(Given.Value(parse, format), parse.GetValue(output), config.Format),
                Output = parse.GetValue(output),
                Fetching = fetching.Read(parse),
                Resume = parse.GetValue(resume),
                Play = parse.GetValue(play),
                SaveAudio = parse.GetValue(saveAudio),
                CommandLine = [.. parse.Tokens.Select(t => t.Value)],
            });
        });
        return command;
    }

    private static int MostRetries(int seconds)
    {
        var retries = 0;
        while (new FetchOptions { AttemptTimeout = TimeSpan.FromSeconds(seconds), Retries = retries + 1 }.TotalTimeout <= MostTotalTimeout)
        {
            retries++;
        }

        return retries;
    }
}
