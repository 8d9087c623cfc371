using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Lookup;

/// <summary>What every lookup of a run shares: the site, where requests go, the parser.</summary>
/// <param name="Archive">The rules of the archive the site is read through; null for a live site.</param>
internal sealed record LookupContext(SiteProfile Profile, Uri? BaseUrl, PageParser Parser, HomographMode Homographs, ArchiveRoute? Archive);
