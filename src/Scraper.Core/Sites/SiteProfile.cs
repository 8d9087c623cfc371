namespace Scraper.Sites;

/// <summary>A dictionary site as data: where its pages are and how to read them.</summary>
public sealed record SiteProfile
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>Scheme and host of the live site, e.g. https://www.macmillandictionary.com.</summary>
    public required Uri Origin { get; init; }

    /// <summary>Path with one {slug} placeholder, e.g. /us/dictionary/american/{slug}.</summary>
    public required string PathTemplate { get; init; }

    public SlugRule SlugRule { get; init; } = SlugRule.Dashed;

    public required SiteSelectors Selectors { get; init; }

    /// <summary>How the pages hold their entries: elements the selectors find, or Wiktionary's flat sections.</summary>
    public PageLayout Layout { get; init; } = PageLayout.Elements;

    /// <summary>What the selectors were checked against.</summary>
    public string VerifiedOn { get; init; } = "";

    public string Notes { get; init; } = "";

    /// <summary>The default request rate per host (requests per second) for this site; null: no limit.</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>
    /// For a site read through a web archive: the time (yyyyMMddHHmmss or a prefix, e.g. 20230601) whose nearest capture
    /// the archive answers with, filling {timestamp} in <see cref="PathTemplate"/>; null for a live site.
    /// </summary>
    public string? ArchiveTimestamp { get; init; }

    /// <summary>
    /// The built-in profile of this site's pages in a web archive, looked up instead when the live site answers with
    /// the redirect of its closure (Macmillan's default edition: macmillan-archive); null: none.
    /// </summary>
    public string? ArchivedAs { get; init; }

    /// <summary>Words that `scraper check` looks up to learn whether the site still parses.</summary>
    public IReadOnlyList<string> CheckWords { get; init; } = ["love"];
}
