using System.Text.RegularExpressions;
using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>
/// What an interrupted lookup says about finishing the job: the same command with --resume when its -o file can be
/// continued, else what --resume needs.
/// </summary>
internal static partial class ResumeHint
{
    public static string For(LookupRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Output is null || !FormatDescriptor.Of(request.Format).Resumable)
        {
            return $"Only a run with -o FILE and --format {FormatDescriptor.ResumableNames} can be finished with --resume; this one must be run again whole";
        }

        var stdin = request.Common.File == "-" ? " (with the same keywords on stdin)" : "";
        return $"To finish them: {Command(request.CommandLine)}{stdin}";
    }

    /// <summary>`scraper` and the tokens, quoted for a POSIX shell, with --resume added before any `--`.</summary>
    internal static string Command(IReadOnlyList<string> tokens)
    {
        var words = tokens.ToList();
        var end = words.IndexOf("--");
        end = end < 0 ? words.Count : end;
        if (!words.Take(end).Contains("--resume"))
        {
            words.Insert(end, "--resume");
        }

        return "scraper " + string.Join(' ', words.Select(Quote));
    }

    private static string Quote(string word) =>
        word.Length > 0 && Plain().IsMatch(word) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z0-9_./:=@%+,-]+$")]
    private static partial Regex Plain();
}
