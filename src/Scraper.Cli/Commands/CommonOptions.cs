using System.CommandLine;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>Options that lookup, bench and check share. Each call makes new instances, one set per command.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Words { get; } = new("word")
    {
        Description = "Words to look up",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> File { get; } = new("--file", "-f")
    {
        Description = "Keywords file, one per line ('-' reads stdin); blank lines and # comments are skipped",
    };

    public Option<string> Site { get; } = new("--site", "-s")
    {
        Description = "Site profile (see 'scraper sites')",
        DefaultValueFactory = _ => "macmillan",
    };

    public Option<string?> SiteFile { get; } = new("--site-file")
    {
        Description = "Your own site profile, a JSON file with the fields of 'scraper sites --format json' (instead of --site)",
    };

    public Option<Uri?> BaseUrl { get; } = new("--base-url")
    {
        Description = "Send requests to this origin instead of the profile's (a mirror, an archive proxy, the local site)",
        CustomParser = r => ParseBaseUrl(r.Tokens[0].Value, r),
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log every request to stderr" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Log only warnings and errors" };

    public CommonValues Read(ParseResult parse) => new(
        parse.GetValue(Words),
        parse.GetValue(File),
        parse.GetValue(Site)!,
        parse.GetValue(SiteFile),
        parse.GetValue(BaseUrl),
        parse.GetValue(Verbose),
        parse.GetValue(Quiet));

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
            return SiteCatalog.Find(values.Site) ?? throw new UsageException(
                $"unknown site '{values.Site}'; known sites: {string.Join(", ", SiteCatalog.All.Select(p => p.Name))}");
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

    public static Option<int> PositiveInt(string name, string? alias, string description, int defaultValue, int min = 1)
    {
        var option = alias is null ? new Option<int>(name) : new Option<int>(name, alias);
        option.Description = description;
        option.DefaultValueFactory = _ => defaultValue;
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < min)
            {
                r.AddError($"{name} must be at least {min}");
            }
        });
        return option;
    }

    private static Uri? ParseBaseUrl(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            return uri;
        }

        result.AddError($"--base-url must be an absolute http(s) URL without query or fragment, not '{text}'");
        return null;
    }
}
