using Scraper.LocalSite;

namespace Scraper.Cli.Commands;

/// <summary>
/// `--site local`: the embedded dictionary site started in-process for one command and stopped when the command ends.
/// <see cref="Values"/> are the command's values with the site's address in them, which <see cref="SiteChoice"/>
/// resolves to the Macmillan profile at that address. A command that did not choose `local` gets no site started.
/// </summary>
internal sealed class LocalSiteLease : IAsyncDisposable
{
    /// <summary>The name of the embedded site in --site.</summary>
    public const string Name = "local";

    /// <summary>The profile whose markup the embedded site serves.</summary>
    public const string ProfileName = "macmillan";

    private readonly LocalSite.LocalSite? site;

    private LocalSiteLease(LocalSite.LocalSite? site, CommonValues values)
    {
        this.site = site;
        Values = values;
    }

    /// <summary>The command's values; with `local` chosen, <see cref="CommonValues.LocalSiteUrl"/> is the running site's.</summary>
    public CommonValues Values { get; }

    /// <summary>Starts the embedded site when <paramref name="values"/> choose `local`; otherwise starts nothing.</summary>
    /// <param name="latencyMs">Milliseconds the site adds to every page: none by default, since a lookup is not a benchmark.</param>
    public static async Task<LocalSiteLease> StartAsync(CommonValues values, int latencyMs = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!Chooses(values))
        {
            return new LocalSiteLease(null, values);
        }

        var site = await LocalSite.LocalSite.StartAsync(new LocalSiteOptions { LatencyMs = latencyMs }, cancellationToken);
        return new LocalSiteLease(site, values with { LocalSiteUrl = site.BaseUrl });
    }

    /// <summary>
    /// For `bench`, which runs the embedded site itself (with its --latency) when its site has no --base-url: `local`
    /// there is the Macmillan profile it benchmarks by default.
    /// </summary>
    public static CommonValues Embedded(CommonValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Chooses(values) && values.BaseUrls.Count == 0 ? values with { Site = ProfileName } : values;
    }

    /// <summary>Whether --site names `local` (alone or in a list); --site-file never does.</summary>
    public static bool Chooses(CommonValues values) =>
        values.SiteFile is null && values.Site.Split(',', StringSplitOptions.TrimEntries).Any(IsName);

    /// <summary>Whether <paramref name="name"/> is `local`, case-blind.</summary>
    public static bool IsName(string name) => string.Equals(name, Name, StringComparison.OrdinalIgnoreCase);

    public async ValueTask DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }
}
