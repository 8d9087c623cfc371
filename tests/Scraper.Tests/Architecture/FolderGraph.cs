namespace Scraper.Tests.Architecture;

/// <summary>A depth-first search for a cycle in the graph of folder imports.</summary>
internal static class FolderGraph
{
    /// <returns>The folders of one cycle, its first folder repeated at the end; null when there is none.</returns>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start, edges, done, path) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static List<string>? Visit(string folder, IReadOnlyDictionary<string, HashSet<string>> edges, HashSet<string> done, List<string> path)
    {
        if (path.IndexOf(folder) is var at and >= 0)
        {
            return [.. path[at..], folder];
        }

        if (!done.Add(folder))
        {
            return null;
        }

        path.Add(folder);
        foreach (var next in edges.GetValueOrDefault(folder, []).Order(StringComparer.Ordinal))
        {
            if (Visit(next, edges, done, path) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        return null;
    }
}
