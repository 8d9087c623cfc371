using Scraper.Results;

namespace Scraper.LocalSite.Words;

/// <summary>A word as the site knows it: its slug and its homographs, one page each when there are several.</summary>
internal sealed record Headword(string Slug, IReadOnlyList<Entry> Homographs)
{
    public bool HasHomographs => Homographs.Count > 1;

    /// <summary>The slug of the page of homograph <paramref name="number"/> (1-based): "love_2", or "apple" for a lone entry.</summary>
    public string PageSlug(int number) => HasHomographs ? $"{Slug}_{number}" : Slug;
}
