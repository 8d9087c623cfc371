using Scraper.Cli;
using Scraper.Cli.Remembered;
using Scraper.Tests.Support;

namespace Scraper.Tests.Remembered;

/// <summary>A temporary home for the remembered lookups of in-process runs: never the real one.</summary>
internal sealed class TestHome : IDisposable
{
    private readonly TempDirectory root = new();

    public string CacheDirectory => Path.Combine(root.Path, "cache", "scraper");

    public string HistoryPath => Path.Combine(root.Path, "data", "scraper", "history.jsonl");

    public string Root => root.Path;

    public UserFolders Folders => new(CacheDirectory, HistoryPath);

    public int CachedPages => Directory.Exists(CacheDirectory) ? Directory.GetFiles(CacheDirectory, "*.page", SearchOption.AllDirectories).Length : 0;

    /// <summary>The real command line in-process, with this home's folders (and the given clock, if any).</summary>
    public Task<CliRun> RunAsync(TimeProvider? time, params string[] args) =>
        CliRun.RunAsync("", console => console with { Folders = Folders, Time = time ?? console.Time }, args);

    public Task<CliRun> RunAsync(params string[] args) => RunAsync(null, args);

    public void Dispose() => root.Dispose();
}
