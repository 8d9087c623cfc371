using System.CommandLine;
using Scraper.Cli.Usage;
using Scraper.LocalSite;

namespace Scraper.Cli.Commands;

/// <summary>`scraper serve`: the embedded dictionary site in the foreground until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var port = NumberOption.Int("--port", null, "N", "Port on 127.0.0.1 (0: a free port)", 0, 0, 65535);
        var latency = NumberOption.Int("--latency", null, "MS", "Milliseconds added to every response", 0, 0, 60_000);
        var jitter = NumberOption.Int("--jitter", null, "MS", "Up to this many more milliseconds, fixed per path and attempt", 0, 0, 60_000);
        var fail = Rate("--fail-rate", "Share of paths answered 503 on their first one or two attempts");
        var throttle = Rate("--throttle-rate", "Share of paths answered 429 with Retry-After: 1 on their first attempt");
        var reset = Rate("--reset-rate", "Share of paths whose connection drops mid-response on their first attempt");
        var stall = Rate("--stall-rate", "Share of paths that get no answer on their first attempt");
        var from = new Option<string?>("--from") { HelpName = "DIR", Description = "Replay the pages of a 'lookup --cache' directory at their paths instead of the generated dictionary" };
        var robots = new Option<string?>("--robots") { HelpName = "PATH", Description = "Serve this file at /robots.txt (default: one that allows everything)" };
        var command = new Command("serve", "Run the embedded local dictionary site (Macmillan-style pages on loopback)")
        {
            port, latency, jitter, fail, throttle, reset, stall, from, robots,
        };
        command.Validators.Add(r =>
        {
            double sum = 0;
            foreach (var rate in new[] { fail, throttle, reset, stall })
            {
                sum += NumberOption.TryGet(r, rate, out var value) ? value : 0;
            }

            if (sum > 1)
            {
                r.AddError("the fault rates add up to more than 1 (--fail-rate, --throttle-rate, --reset-rate and --stall-rate: each path draws at most one fault)");
            }
        });
        command.SetAction(async (parse, _) =>
        {
            // Listening from the start: reading a large --from folder is interrupted by Ctrl+C like the serving.
            using var stop = console.NewInterruption(TimeSpan.Zero);
            LocalSiteOptions options;
            LocalSite.LocalSite started;
            try
            {
                options = new LocalSiteOptions
                {
                    Port = parse.GetValue(port),
                    LatencyMs = parse.GetValue(latency),
                    JitterMs = parse.GetValue(jitter),
                    FailRate = parse.GetValue(fail),
                    ThrottleRate = parse.GetValue(throttle),
                    ResetRate = parse.GetValue(reset),
                    StallRate = parse.GetValue(stall),
                    ReplayDirectory = ReplayDirectory.Check(parse.GetValue(from), stop.StopFeeding),
                    RobotsTxt = ReadRobots(parse.GetValue(robots)),
                };
                started = await StartAsync(options, stop.StopFeeding);
            }
            catch (OperationCanceledException) when (stop.Interrupted)
            {
                return ExitCodes.Interrupted;
            }

            await using var site = started;
            var address = site.BaseUrl.AbsoluteUri.TrimEnd('/');
            await console.Out.WriteLineAsync(address);
            await console.Error.WriteLineAsync(options.ReplayDirectory is null
                ? $"Serving the local dictionary site: {address}/ lists its words; pages at /us/dictionary/american/WORD and /dictionary/british/WORD; stats at /__stats."
                : $"Replaying {site.ReplayedPages} cached page(s) from {options.ReplayDirectory} at their paths ({address}/ lists them); other paths get 404; stats at /__stats.");
            await console.Error.WriteLineAsync($"Next, in another terminal: scraper lookup {(options.ReplayDirectory is null ? "love --site macmillan" : "WORD --site NAME")} --base-url {address}");
            await console.Error.WriteLineAsync("Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.StopFeeding);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: a clean stop.
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<LocalSite.LocalSite> StartAsync(LocalSiteOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await LocalSite.LocalSite.StartAsync(options, cancellationToken);
        }
        catch (IOException ex)
        {
            throw new UsageException($"cannot listen on 127.0.0.1:{options.Port}: {ex.Message}");
        }
    }

    private static string? ReadRobots(string? path)
    {
        try
        {
            return path is null ? null : File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"--robots: cannot read '{path}': {ex.Message}");
        }
    }

    private static Option<double> Rate(string name, string description) => NumberOption.Double(name, "P", description, 0, 1);
}
