using Scraper.Caching;

namespace Scraper.Cli.Commands;

/// <summary>`serve --from DIR`: the directory must hold cached pages, or the site would answer 404 to everything.</summary>
internal static class ReplayDirectory
{
    public static string? Check(string? directory, CancellationToken cancellationToken)
    {
        if (directory is null)
        {
            return null;
        }

        if (!Directory.Exists(directory))
        {
            throw new UsageException($"--from: no cache directory '{directory}'");
        }

        if (!new DiskCache(directory).Entries(cancellationToken).Any())
        {
            throw new UsageException($"--from: '{directory}' holds no cached pages (make them with 'scraper lookup --cache {directory}')");
        }

        return directory;
    }
}
