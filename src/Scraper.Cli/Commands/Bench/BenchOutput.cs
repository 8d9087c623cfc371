using Scraper.Benchmark;
using Scraper.Cli.Rendering;
using Scraper.Results;

namespace Scraper.Cli.Commands;

/// <summary>Where the bench report goes and in which format.</summary>
internal static class BenchOutput
{
    /// <summary>A word list at most this long gets its definitions table without asking (--definitions).</summary>
    public const int ShortList = 20;

    public static StreamWriter? Open(string? path)
    {
        try
        {
            // Through OutputStream, so that a full disk is exit 4 naming the file, as for lookup.
            return path is null ? null : new StreamWriter(new OutputStream(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0), $"'{path}'"), new System.Text.UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write output file '{path}': {ex.Message}");
        }
    }

    public static void Write(BenchRequest request, BenchReport report, IReadOnlyList<LookupResult> results, IReadOnlyList<TimelinePass> timeline, TextWriter writer, bool terminal)
    {
        // Results first: the definitions are a check that the pages parsed, worth a screen only for a short list.
        var definitions = request.Definitions || results.Count <= ShortList ? results : [];
        switch (request.Format)
        {
            case BenchReportFormat.Json:
                writer.WriteLine(BenchReportJson.Serialize(report));
                break;
            case BenchReportFormat.Markdown:
                writer.Write(BenchReportMarkdown.Render(report, definitions));
                break;
            default:
                BenchTableRenderer.Render(Terminal.Create(writer, terminal), report, definitions, timeline);
                break;
        }

        writer.Flush();
    }
}
