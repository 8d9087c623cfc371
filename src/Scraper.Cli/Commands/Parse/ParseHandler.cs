using Scraper.Cli.Logging;
using Scraper.Lookup;
using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>
/// Runs `scraper parse`: each saved page through the profile's parser, its result written by lookup's own sink (every
/// format, -o), and lookup's exit code (0 found, 1 not-found, 3 empty, blocked or failed). A file that cannot be read is
/// bad input: one line, exit 2, before anything is written.
/// </summary>
internal sealed class ParseHandler(CliConsole console)
{
    public async Task<int> RunAsync(ParseRequest request)
    {
        var profile = OneSite(request.Common);
        var parser = new PageParser(profile);
        // Every file is opened before anything is written, so that a mistyped name stops the run with nothing half done;
        // each is read only when its turn comes, so that a thousand pages are never in memory at once.
        foreach (var path in request.Files)
        {
            Read(path, File.OpenRead).Dispose();
        }

        using var log = LoggerSetup.Create(console.Error, request.Common.Verbose, request.Common.Quiet);
        var summary = new LookupSummary();
        await using var sink = ResultSink.Open(request.Format, request.Output, console, site: profile.Name);
        try
        {
            for (var index = 0; index < request.Files.Count; index++)
            {
                var path = request.Files[index];
                var content = Read(path, File.ReadAllBytes);
                var result = SavedPage.Read(parser, profile, Path.GetFileNameWithoutExtension(path), content, new Uri(Path.GetFullPath(path)));
                log.Debug("{File:l}: {Status:l}", path, Results.StatusName.Of(result.Status));
                await sink.WriteAsync(index, result);
                summary.Add(result);
            }

            await sink.CompleteAsync();
        }
        catch (OutputFailedException ex) when (ex.PipeClosed)
        {
            return ExitCodes.PipeClosed;
        }
        catch (OutputFailedException ex)
        {
            await console.Error.WriteLineAsync($"scraper: {ex.Message}");
            return ExitCodes.WriteFailed;
        }

        return summary.ExitCode;
    }

    private static SiteProfile OneSite(CommonValues values)
    {
        var profiles = SiteChoice.Chosen(values);
        return profiles.Count == 1
            ? profiles[0]
            : throw new UsageException($"parse reads the pages of one site, but --site chose {profiles.Count} ({string.Join(", ", profiles.Select(p => p.Name))}): give one");
    }

    private static T Read<T>(string path, Func<string, T> read)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"cannot read '{path}': it is a directory");
        }

        try
        {
            return read(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"cannot read '{path}': no such file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {ex.Message}");
        }
    }
}
