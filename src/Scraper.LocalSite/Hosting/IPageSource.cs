using Microsoft.AspNetCore.Http;

namespace Scraper.LocalSite.Hosting;

/// <summary>Where the site's pages come from: the generated dictionary, or a replayed cache directory.</summary>
internal interface IPageSource
{
    /// <summary>Whether a path belongs to the site and gets its latency and faults; any other path is 404 at once.</summary>
    bool Serves(string path);

    /// <summary>The paths the index page at "/" lists: the words the site has (or the pages it replays).</summary>
    IReadOnlyList<string> IndexPaths { get; }

    /// <summary>The page for the request; null when the site has none (404).</summary>
    ValueTask<ServedPage?> FindAsync(HttpContext context, CancellationToken cancellationToken);
}
