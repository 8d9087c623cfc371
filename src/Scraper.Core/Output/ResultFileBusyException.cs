namespace Scraper.Output;

/// <summary>Another run is writing the results file: its lock is held.</summary>
public sealed class ResultFileBusyException(string path)
    : Exception($"another run is writing '{path}' (it holds '{path}.lock'); wait for it to end, or write to another file")
{
    public string Path { get; } = path;
}
