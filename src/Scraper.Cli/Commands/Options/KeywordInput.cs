using Scraper.Keywords;

namespace Scraper.Cli.Commands;

/// <summary>The run's keywords: arguments and the -f file (or stdin) merged, duplicates once.</summary>
internal static class KeywordInput
{
    public static IReadOnlyList<string> Read(string[]? words, string? file, CliConsole console)
    {
        var keywords = KeywordSet.Merge(words ?? [], file is null ? [] : ReadFile(file, console));
        return keywords.Count > 0
            ? keywords
            : throw new UsageException("no keywords: give words as arguments, or a file with -f FILE (or -f - for stdin)");
    }

    private static List<string> ReadFile(string path, CliConsole console)
    {
        try
        {
            using var stream = path == "-" ? console.OpenStdin() : System.IO.File.OpenRead(path);
            return [.. KeywordFile.ReadLines(stream)];
        }
        catch (KeywordInputException ex)
        {
            throw new UsageException($"{Describe(path)}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {Describe(path)}: {ex.Message}");
        }
    }

    private static string Describe(string path) => path == "-" ? "standard input" : $"keywords file '{path}'";
}
