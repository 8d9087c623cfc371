using System.CommandLine;
using Scraper.Cli.Settings;
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
        HelpName = "NAME[,NAME...]|all",
        Description = "Site profile (see 'scraper sites'), or local (the embedded site, run for this command, offline); lookup and check take a list, or all (every site but the closed Macmillan ones)",
        DefaultValueFactory = _ => "macmillan",
        CompletionSources = { SiteCatalog.All.Select(p => p.Name).Append(LocalSiteLease.Name).Append(SiteCatalog.AllName).ToArray() },
    };

    public Option<string?> SiteFile { get; } = new("--site-file")
    {
        HelpName = "PATH",
        Description = "Your own site profile, a JSON file with the fields of 'scraper sites --format json' (instead of --site)",
    };

    public Option<string[]> BaseUrl { get; } = new("--base-url")
    {
        HelpName = "[NAME=]URL",
        Description = "Send requests to this origin instead of the profile's (a mirror, an archive proxy, the local site); with several sites, NAME=URL for each site to map (repeatable)",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = r => ParseBaseUrls(r),
    };

    public Option<bool> IgnoreRobots { get; } = new("--ignore-robots") { Description = "Do not read the sites' robots.txt, and fetch what it disallows" };

    public Option<bool> NoArchive { get; } = new("--no-archive")
    {
        Description = "Do not read a closed site's words from its web archive copy (macmillan: macmillan-archive); fail them as the live site answers",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log every request to stderr" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Log only warnings and errors" };

    /// <param name="config">The config file's defaults (its site), for the commands that take them; --site wins.</param>
    public CommonValues Read(ParseResult parse, UserConfig? config = null)
    {
        var baseUrls = parse.GetValue(BaseUrl) ?? [];
        return new(
            parse.GetValue(Words),
            parse.GetValue(File),
            (Given.Has(parse, Site) || parse.GetValue(SiteFile) is not null ? null : config?.Site) ?? parse.GetValue(Site)!,
            parse.GetValue(SiteFile),
            parse.GetValue(Verbose),
            parse.GetValue(Quiet))
        {
            IgnoreRobots = parse.GetValue(IgnoreRobots),
            NoArchive = parse.GetValue(NoArchive),
            BaseUrls = baseUrls,
        };
    }

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

    private static string[] ParseBaseUrls(System.CommandLine.Parsing.ArgumentResult result)
    {
        var texts = result.Tokens.Select(t => t.Value).ToArray();
        foreach (var error in texts.Select(CheckBaseUrl).OfType<string>())
        {
            result.AddError(error);
        }

        return texts;
    }

    // URL, or NAME=URL: a URL's scheme ends at ':' before any '=', so a leading word and '=' is a site's name.
    // The rule is a site file's origin's too (OriginRule).
    private static string? CheckBaseUrl(string text)
    {
        var url = SiteChoice.NamedBaseUrl(text) is { } named ? named.Url : text;
        var problem = OriginRule.Problem(Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null);
        return problem is null ? null
            : uri is { UserInfo.Length: > 0 } ? $"--base-url {problem}"
            : $"--base-url {problem} (or NAME=URL), not '{text}'";
    }
}
