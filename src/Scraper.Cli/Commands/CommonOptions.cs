using System.CommandLine;
using Scraper.Cli.Usage;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>Options that lookup, bench and check share. Each call makes new instances, one set per command.</summary>
internal sealed class CommonOptions
{
    public CommonOptions() => ValueChecks.Add(BaseUrl, CheckBaseUrl);

    public Argument<string[]> Words { get; } = new("WORD")
    {
        HelpName = "WORD",
        Description = "Words to look up (a word that starts with - or @ goes after --)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> File { get; } = new("--file", "-f")
    {
        HelpName = "PATH",
        Description = "Keywords file, one per line ('-' reads stdin); blank lines and # comments are skipped",
    };

    public Option<string> Site { get; } = new("--site", "-s")
    {
        HelpName = "NAME",
        Description = "Site profile (see 'scraper sites')",
        DefaultValueFactory = _ => "macmillan",
        CompletionSources = { SiteCatalog.All.Select(p => p.Name).ToArray() },
    };

    public Option<string?> SiteFile { get; } = new("--site-file")
    {
        HelpName = "PATH",
        Description = "Your own site profile, a JSON file with the fields of 'scraper sites --format json' (instead of --site)",
    };

    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        HelpName = "URL",
        Description = "Send requests to this origin instead of the profile's (a mirror, an archive proxy, the local site)",
        CustomParser = r => ParseBaseUrl(r.Tokens[0].Value, r),
    };

    public Option<bool> IgnoreRobots { get; } = new("--ignore-robots") { Description = "Do not read the sites' robots.txt, and fetch what it disallows" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log every request to stderr" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Log only warnings and errors" };

    public CommonValues Read(ParseResult parse) => new(
        parse.GetValue(Words),
        parse.GetValue(File),
        parse.GetValue(Site)!,
        parse.GetValue(SiteFile),
        parse.GetValue(BaseUrl),
        parse.GetValue(Verbose),
        parse.GetValue(Quiet))
    {
        IgnoreRobots = parse.GetValue(IgnoreRobots),
    };

    /// <summary>Adds --site and --site-file to <paramref name="command"/>, which take one or the other.</summary>
    public void AddSiteChoice(Command command)
    {
        command.Options.Insert(0, Site);
        command.Options.Insert(1, SiteFile);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Site) is { Implicit: false } && result.GetResult(SiteFile) is not null)
            {
                result.AddError("--site and --site-file cannot be used together: give one of them");
            }
        });
    }

    /// <summary>The profile of --site-file when given, else the built-in one of --site.</summary>
    public static SiteProfile ResolveSite(CommonValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.SiteFile is null)
        {
            var names = SiteCatalog.All.Select(p => p.Name).ToList();
            return SiteCatalog.Find(values.Site) ?? throw new UsageException(Closest.To(values.Site, names) is { } closest
                ? $"unknown site '{values.Site}'; did you mean '{closest}'? (see 'scraper sites')"
                : $"unknown site '{values.Site}'; known sites: {string.Join(", ", names)}");
        }

        try
        {
            return SiteProfileFile.Load(values.SiteFile);
        }
        catch (SiteProfileFileException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static Uri? ParseBaseUrl(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (CheckBaseUrl(text) is { } error)
        {
            result.AddError(error);
            return null;
        }

        return new Uri(text, UriKind.Absolute);
    }

    private static string? CheckBaseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? null
            : $"--base-url must be an absolute http(s) URL without query or fragment, not '{text}'";
}
