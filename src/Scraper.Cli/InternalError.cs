using Scraper.Results;

namespace Scraper.Cli;

/// <summary>
/// The last resort at the process boundary (STYLE.md §13): an exception that nothing else handled, which is a bug,
/// becomes one line on stderr and exit 70; its stack trace only with -v.
/// </summary>
internal static class InternalError
{
    public static int Report(Exception ex, TextWriter error, bool verbose)
    {
        try
        {
            error.WriteLine($"scraper: internal error: {Message(ex)}");
            if (verbose)
            {
                error.WriteLine(CleanLines(ex.ToString()));
            }

            error.Flush();
        }
        catch (IOException)
        {
            // stderr is gone too: the exit code is all that is left to say it.
        }

        return ExitCodes.InternalError;
    }

    private static string Message(Exception ex) =>
        CleanText.Of(ex.Message) is { Length: > 0 } message ? $"{message} ({ex.GetType().Name})" : ex.GetType().Name;

    // The trace may quote the network (an exception's message): clean it line by line.
    private static string CleanLines(string text) =>
        string.Join(Environment.NewLine, text.Split('\n').Select(CleanText.Of));
}
