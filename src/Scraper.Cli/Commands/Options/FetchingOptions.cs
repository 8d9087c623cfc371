using System.CommandLine;
using System.Globalization;
using Scraper.Cli.Usage;
using Scraper.Fetching;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>The options of `lookup` that shape how pages are fetched: the cache, the request rate, the User-Agent.</summary>
internal sealed class FetchingOptions
{
    public Option<string?> Cache { get; } = new("--cache")
    {
        HelpName = "DIR",
        Description = "Keep fetched pages in this directory and read them back on later runs (revalidated when the site gave an ETag or Last-Modified)",
        Validators = { r => CheckCache(r) },
    };

    public Option<bool> CacheOnly { get; } = new("--cache-only") { Description = "Answer from the --cache directory only, never from the network" };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Do not use the default cache of single lookups (see 'scraper cache')" };

    public Option<double?> Rate { get; } = new("--rate")
    {
        HelpName = "N",
        Description = "Most requests per second to each host, e.g. 0.5 (0.001 to 1000000, or 0: no limit; default: the site profile's)",
        CustomParser = r => ParseRate(r),
    };

    public Option<string?> UserAgent { get; } = new("--user-agent")
    {
        HelpName = "TEXT",
        Description = $"User-Agent header (default: {FetchOptions.DefaultUserAgent})",
        Validators = { r => CheckUserAgent(r) },
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Cache);
        command.Options.Add(CacheOnly);
        command.Options.Add(NoCache);
        command.Options.Add(Rate);
        ValueChecks.Add(Rate, CheckRate);
        command.Options.Add(UserAgent);
        command.Validators.Add(r =>
        {
            var cache = r.GetValue(Cache);
            if (r.GetValue(NoCache) && (cache is not null || r.GetValue(CacheOnly)))
            {
                r.AddError($"--no-cache cannot go with {(cache is not null ? "--cache" : "--cache-only")}: choose one");
            }
            else if (r.GetValue(CacheOnly) && cache is null)
            {
                r.AddError("--cache-only needs --cache DIR");
            }
            else if (r.GetValue(CacheOnly) && !Directory.Exists(cache))
            {
                r.AddError($"--cache-only: no cache directory '{cache}'");
            }
        });
    }

    public FetchingValues Read(ParseResult parse) =>
        new(parse.GetValue(Cache), parse.GetValue(CacheOnly), parse.GetValue(Rate), parse.GetValue(UserAgent)) { NoCache = parse.GetValue(NoCache) };

    // The directory is made on the first write; a write that fails later is a warning, not a failed word.
    private static void CheckCache(System.CommandLine.Parsing.OptionResult result)
    {
        var path = result.GetValueOrDefault<string?>();
        if (string.IsNullOrWhiteSpace(path) || File.Exists(path))
        {
            result.AddError($"--cache must be a directory, not '{path}'");
        }
    }

    private static double? ParseRate(System.CommandLine.Parsing.ArgumentResult result) =>
        NumberOption.Report(result, CheckRate) ? RateOf(result.Tokens[0].Value) : null;

    private static string? CheckRate(string text) => RateOf(text) is null
        ? $"--rate must be {RequestRateRange.Described}, not '{text}'"
        : null;

    // The rule is a site file's requestsPerSecond's too (RequestRateRange).
    private static double? RateOf(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && RequestRateRange.Allows(rate) ? rate : null;

    // Sent as a header: one line of printable text, or the request could not be built.
    private static void CheckUserAgent(System.CommandLine.Parsing.OptionResult result)
    {
        var value = result.GetValueOrDefault<string?>();
        if (string.IsNullOrWhiteSpace(value) || value.Any(char.IsControl))
        {
            result.AddError("--user-agent must be one line of printable text");
        }
    }
}
