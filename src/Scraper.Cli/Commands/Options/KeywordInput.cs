using Scraper.Keywords;

namespace Scraper.Cli.Commands;

/// <summary>
/// The run's keywords: arguments and the -f file (or stdin) merged, duplicates once. With no words and no -f, words
/// piped on stdin are read (`echo love | scraper lookup`); a terminal's stdin is never waited on.
/// </summary>
internal static class KeywordInput
{
    public static IReadOnlyList<string> Read(string[]? words, string? file, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var piped = file is null && words is not { Length: > 0 } && console.InputIsRedirected;
        var keywords = KeywordSet.Merge(words ?? [], file is null ? piped ? ReadFile("-", console) : [] : ReadFile(file, console));
        return keywords.Count > 0
            ? keywords
            : throw new UsageException(piped
                ? "no keywords: standard input held none; give words as arguments, pipe them one per line, or give a file with -f FILE"
                : "no keywords: give words as arguments, pipe them one per line, or give a file with -f FILE (-f - reads stdin)");
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
