using System.Diagnostics;
using System.Globalization;
using CsvHelper;

namespace Scraper.Benchmark;

/// <summary>
/// `bench --raw PATH.csv`: one row per request (page) of every counted pass, with its start offset from the
/// pass's start and each phase in milliseconds, for plotting elsewhere (as hey's `-o csv`).
/// </summary>
public static class BenchRawCsv
{
    public static readonly string[] Header =
    [
        "mode", "concurrency", "repeat", "word", "page", "startMs", "slotWaitMs", "politeWaitMs", "connectMs", "newConnection",
        "firstByteMs", "bodyMs", "retryWaitMs", "parseMs", "totalMs", "status", "bytes", "retries",
    ];

    // A word starting with = + - @ would run as a formula in a spreadsheet; it gets a leading "'" instead.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static void Write(TextWriter writer, IEnumerable<PassSample> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader(Header);
        foreach (var pass in passes)
        {
            foreach (var word in pass.Pages)
            {
                for (var page = 0; page < word.Timings.Count; page++)
                {
                    var timing = word.Timings[page];
                    var phases = timing.Fetch;
                    csv.WriteRecord(
                    [
                        pass.Mode.ToString().ToLowerInvariant(), Number(pass.Concurrency), Number(pass.Round), word.Keyword, Number(page + 1),
                        Ms(OffsetMs(pass.Started, phases.Started)), Ms(phases.SlotWaitMs), Ms(phases.PoliteWaitMs), Ms(phases.ConnectMs),
                        phases.NewConnection ? "true" : "false", Ms(phases.FirstByteMs), Ms(phases.BodyMs), Ms(phases.RetryWaitMs),
                        Ms(timing.ParseMs), Ms(timing.TotalMs), timing.Status is { } status ? Number(status) : "",
                        timing.Bytes.ToString(CultureInfo.InvariantCulture), Number(Math.Max(0, timing.Attempts - 1)),
                    ]);
                }
            }
        }

        csv.Flush();
    }

    /// <summary>Milliseconds from the pass's start to a page's start; both are Stopwatch timestamps.</summary>
    public static double OffsetMs(long passStarted, long pageStarted) =>
        pageStarted == 0 ? 0 : Stopwatch.GetElapsedTime(passStarted, pageStarted).TotalMilliseconds;

    private static string Ms(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
