using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Lookup;

/// <summary>What every lookup of a run shares: the site, where requests go, the parser.</summary>
internal sealed record LookupContext(SiteProfile Profile, Uri? BaseUrl, PageParser Parser, HomographMode Homographs);
