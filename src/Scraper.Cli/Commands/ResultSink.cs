using Scraper.Cli.Rendering;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Cli.Commands;

/// <summary>
/// Where results go. JSON lines and CSV stream each word as it finishes (nothing lost on a crash);
/// the table and the JSON array are written in keyword order once the run ends or is interrupted.
/// </summary>
internal sealed class ResultSink : IAsyncDisposable
{
    private readonly ResultFormat format;
    private readonly TextWriter writer;
    private readonly bool ownsWriter;
    private readonly bool terminal;
    private readonly IResultWriter? streaming;
    private readonly SortedDictionary<int, LookupResult> held = new();

    private ResultSink(ResultFormat format, TextWriter writer, bool ownsWriter, bool terminal, bool continuing = false)
    {
        this.format = format;
        this.writer = writer;
        this.ownsWriter = ownsWriter;
        this.terminal = terminal;
        streaming = format is ResultFormat.Jsonl or ResultFormat.Csv ? ResultWriters.Create(format, writer, continuing) : null;
    }

    /// <param name="append">Add to the file (a resumed run) instead of replacing it.</param>
    public static ResultSink Open(ResultFormat format, string? path, CliConsole console, bool append = false)
    {
        if (path is null)
        {
            return new ResultSink(format, console.Out, ownsWriter: false, console.OutputIsTerminal);
        }

        try
        {
            var continuing = append && File.Exists(path) && new FileInfo(path).Length > 0;
            var file = new StreamWriter(path, append, new System.Text.UTF8Encoding(false));
            return new ResultSink(format, file, ownsWriter: true, terminal: false, continuing);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write output file '{path}': {ex.Message}");
        }
    }

    public async ValueTask WriteAsync(int index, LookupResult result)
    {
        if (streaming is not null)
        {
            await streaming.WriteAsync(result);
            return;
        }

        held[index] = result;
    }

    /// <summary>Writes the held results in keyword order.</summary>
    public async ValueTask CompleteAsync()
    {
        if (streaming is not null)
        {
            return;
        }

        var ordered = held.Values.ToList();
        if (format == ResultFormat.Json)
        {
            await using var json = ResultWriters.Create(ResultFormat.Json, writer);
            foreach (var result in ordered)
            {
                await json.WriteAsync(result);
            }

            return;
        }

        var console = Terminal.Create(writer, terminal, wrapWhenRedirected: false);
        ordered.ForEach(r => ResultTableRenderer.Render(console, r));
    }

    public async ValueTask DisposeAsync()
    {
        if (streaming is not null)
        {
            await streaming.DisposeAsync();
        }

        await writer.FlushAsync();
        if (ownsWriter)
        {
            await writer.DisposeAsync();
        }
    }
}
