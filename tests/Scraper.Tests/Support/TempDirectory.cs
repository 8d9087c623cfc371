namespace Scraper.Tests.Support;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"scraper-test-{Guid.NewGuid():N}")).FullName;

    public string[] Files(string pattern = "*") => Directory.GetFiles(Path, pattern, SearchOption.AllDirectories);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
