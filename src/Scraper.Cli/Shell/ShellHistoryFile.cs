using System.Text;
using Scraper.Files;
using Scraper.Results;
using Serilog;

namespace Scraper.Cli.Shell;

/// <summary>
/// The lines typed at the shell's prompt, kept between sessions for the up arrow: one per line, appended as each
/// is entered, the newest <see cref="MaxLines"/> loaded. Once the file holds twice that, it is rewritten (to a
/// temporary file renamed over it) with the newest. A file that cannot be read or written is a warning, once.
/// </summary>
internal sealed class ShellHistoryFile(string? path, ILogger log)
{
    public const int MaxLines = 1000;

    private bool warned;

    public string? Path { get; } = path;

    /// <summary>Beside the lookup history (history.jsonl): <c>shell-history</c> in the same folder.</summary>
    public static string? Beside(string? historyPath) =>
        historyPath is null ? null : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(historyPath)!, "shell-history");

    public IReadOnlyList<string> Load()
    {
        try
        {
            if (Path is null || !File.Exists(Path))
            {
                return [];
            }

            // A hand-edited file may hold escape sequences: dropped whole, then cleaned, before the up arrow shows a line.
            var lines = File.ReadAllLines(Path, Encoding.UTF8).Select(l => CleanText.Of(EscapeSequenceFilter.Strip(l))).Where(l => l.Length > 0).ToList();
            if (lines.Count >= 2 * MaxLines)
            {
                lines = lines[^MaxLines..];
                AtomicFile.WriteBytes(Path, Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
            }

            return lines.Count > MaxLines ? lines[^MaxLines..] : lines;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Warn(ex);
            return [];
        }
    }

    public void Append(string line)
    {
        try
        {
            if (Path is not null)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                File.AppendAllText(Path, line + "\n", new UTF8Encoding(false));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Warn(ex);
        }
    }

    private void Warn(Exception ex)
    {
        if (!warned)
        {
            warned = true;
            log.Warning("Cannot keep the shell's history {Path:l}: {Error}; lines typed now are not remembered", Path, ex.Message);
        }
    }
}
