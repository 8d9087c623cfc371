using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Scraper.Cli.Settings;
using Scraper.Fetching;
using Scraper.Sites;

namespace Scraper.Cli.About;

/// <summary>`scraper --info`: what a bug report needs, one "name: value" line each.</summary>
internal static class InfoReport
{
    public static IReadOnlyList<string> Lines(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return
        [
            VersionText.Line,
            $"runtime: {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.RuntimeIdentifier}, {(RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "Native AOT")})",
            $"os: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})",
            $"executable: {Environment.ProcessPath ?? "unknown"}",
            $"installed in: {AppContext.BaseDirectory}",
            $"terminal: stdout {(console.OutputIsTerminal ? "is a terminal" : "is redirected")}, stderr {(console.ErrorIsTerminal ? "is a terminal" : "is redirected")}, width {Width()}",
            $"user-agent: {FetchOptions.DefaultUserAgent}",
            $"sites: {string.Join(", ", SiteCatalog.All.Select(p => p.Name))} (built in; --site-file PATH for your own)",
            $"cache: {console.Folders.CacheDirectory ?? "none (no HOME or XDG_CACHE_HOME)"} (single lookups; batches only with --cache DIR; see 'scraper cache')",
            $"history: {console.Folders.HistoryPath ?? "none (no HOME or XDG_DATA_HOME)"} (single lookups; see 'scraper history')",
            $"config: {Config(console.Folders.ConfigPath)}",
        ];
    }

    // The file and what it sets; a bad file is shown, not fatal here, since --info is what a bug report about it needs.
    private static string Config(string? path)
    {
        if (path is null)
        {
            return "none (no HOME or XDG_CONFIG_HOME)";
        }

        try
        {
            var config = UserConfigFile.Load(path);
            return config.Path is null
                ? $"{path} (not there; it may set {UserConfigFile.Keys})"
                : $"{path} ({config.Describe()}; options on the command line win)";
        }
        catch (UsageException ex)
        {
            return $"{path} is bad, and lookup, check and shell stop on it: {ex.Message}";
        }
    }

    private static string Width()
    {
        try
        {
            return Console.IsOutputRedirected && Console.IsErrorRedirected ? "unknown (no terminal)" : $"{Console.WindowWidth} columns";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
