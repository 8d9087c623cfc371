namespace Scraper.Cli.Commands;

/// <summary>
/// Whether a lookup ends with its summary on stderr. On a terminal, a lookup of a few words that came back quickly
/// prints its entries and nothing else: there the summary would repeat what the table shows. It shows for a batch
/// (more than <see cref="BatchWords"/> words), a run of <see cref="LongRun"/> or more, with -v, with -o (the
/// terminal has nothing else to show), and for an interrupted run. Into a pipe or a log file it always shows.
/// -q hides it in every case (it is logged at Information).
/// </summary>
internal static class SummaryRule
{
    public const int BatchWords = 10;

    public static readonly TimeSpan LongRun = TimeSpan.FromSeconds(2);

    public static bool Shows(bool errorIsTerminal, LookupRequest request, int words, TimeSpan elapsed, bool unfinished)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !errorIsTerminal || request.Common.Verbose || request.Output is not null || unfinished || words > BatchWords || elapsed >= LongRun;
    }
}
