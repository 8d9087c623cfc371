using Scraper.Caching;
using Scraper.Cli.Commands;
using Scraper.Fetching;
using Serilog;

namespace Scraper.Cli.Remembered;

/// <summary>
/// What a lookup remembers. A single lookup (at most <see cref="MostWords"/> words given as arguments, no -f, no -o,
/// no --resume) uses the default cache, unless --no-cache or --cache DIR, and is written to the history. A batch
/// keeps to what its options say: no cache without --cache DIR, and no history.
/// </summary>
internal static class RememberedLookup
{
    /// <summary>More words than this are a batch (the summary's rule too: more than 10 words is a batch).</summary>
    public const int MostWords = 10;

    /// <summary>The default cache's bound: after a lookup, the pages stored longest ago are removed until the rest fit.</summary>
    public const long CacheMaxBytes = 50L * 1024 * 1024;

    public static bool IsSingle(LookupRequest request, int words)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Common.File is null && words <= MostWords && request.Output is null && !request.Resume;
    }

    /// <summary>
    /// The default cache folder this lookup uses, or null when it uses none (or its own --cache DIR). `--site local`
    /// uses none: its pages are made on the spot, at an address that changes with every run.
    /// </summary>
    public static string? CacheDirectory(LookupRequest request, int words, UserFolders folders)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsSingle(request, words) ? CacheDirectory(request.Fetching, request.Common.LocalSiteUrl, folders) : null;
    }

    /// <summary>The default cache folder of a lookup that remembers (a single lookup, every shell word), or null when it uses none (or its own --cache DIR).</summary>
    /// <param name="localSite">The address of `--site local`'s embedded site, if chosen: its pages are made on the spot, at an address that changes with every run, so none is kept.</param>
    public static string? CacheDirectory(FetchingValues fetching, Uri? localSite, UserFolders folders)
    {
        ArgumentNullException.ThrowIfNull(fetching);
        ArgumentNullException.ThrowIfNull(folders);
        return fetching.NoCache || fetching.Cache is not null || localSite is not null ? null : folders.CacheDirectory;
    }

    /// <summary>The fetch options with the default cache, whose pages are used as they are (at once, and offline).</summary>
    public static FetchOptions WithCache(FetchOptions options, string? directory) =>
        directory is null ? options : options with { CacheDirectory = directory, CacheAsIs = true };

    /// <summary>
    /// Trims the default cache to <see cref="CacheMaxBytes"/>: it grows by one lookup's pages at most, so trimmed after
    /// each (a single lookup, a shell word) it stays near its bound. A failure is only logged: it never fails a word.
    /// </summary>
    public static void KeepBounded(string? directory, ILogger log)
    {
        try
        {
            if (directory is not null && CacheFolder.Trim(directory, CacheMaxBytes) is var removed and > 0)
            {
                log.Debug("Removed {Removed} page(s) stored longest ago from the cache {Directory:l}, to keep it under {Bound} MB", removed, directory, CacheMaxBytes / (1024 * 1024));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Debug("Cannot trim the cache {Directory:l}: {Error}", directory, ex.Message);
        }
    }
}
