namespace Scraper.LocalSite.Pages;

/// <summary>What the document's head says about the page.</summary>
/// <param name="Title">Plain text; encoded when written.</param>
/// <param name="CanonicalSlug">The slug the canonical link and the edition alternates point at.</param>
/// <param name="Category">"dictionary" for an entry, "result" for a search result, as Macmillan's scripts marked them.</param>
/// <param name="EntryId">The entry's element id ("love_1"), empty on a search result.</param>
internal sealed record PageHead(string Title, string CanonicalSlug, string Category, string EntryId);
