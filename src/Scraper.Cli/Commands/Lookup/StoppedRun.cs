using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>What a lookup stopped by a failed output says of the words (or, over several sites, the results) it did.</summary>
internal static class StoppedRun
{
    /// <summary>One site counts words, as it always has; several count (word, site) results.</summary>
    public static string Unit(int sites) => sites == 1 ? "words" : "results";

    // Streamed formats stop where the disk did; the table and the JSON array are written only at the end.
    public static string Say(LookupRequest request, int done, int total, string unit) => FormatDescriptor.Of(request.Format) switch
    {
        { Resumable: true } when request.Output is not null =>
            $"the run stopped after {done} of {total} {unit} (every line written is whole: run again with --resume to continue)",
        { Streams: true } => $"the run stopped after {done} of {total} {unit}",
        _ => $"{done} of {total} {unit} were looked up, but their results are not written",
    };
}
