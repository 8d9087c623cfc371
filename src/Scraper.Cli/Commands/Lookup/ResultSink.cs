using Scraper.Cli.Rendering;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Cli.Commands;

/// <summary>
/// Where results go. The formats that stream (<see cref="FormatDescriptor"/>: JSON lines, CSV, Anki) write each word
/// as it finishes (nothing lost on a crash); the others (the table, the JSON array, Markdown) are written in keyword
/// order once the run ends or is interrupted.
/// When a write fails, the file is cut back to its last whole word (a table or JSON array: to empty) and the
/// <see cref="OutputFailedException"/> goes on to stop the run; nothing more is written, not even on disposal.
/// </summary>
internal sealed class ResultSink : IAsyncDisposable
{
    private readonly ResultFormat format;
    private readonly TextWriter writer;
    private readonly FileStream? file;
    private readonly bool terminal;
    private readonly IResultWriter? streaming;
    private readonly SortedDictionary<int, LookupResult> held = new();
    private long whole;
    private bool failed;

    private readonly string site;
    private readonly bool severalSites;

    private ResultSink(ResultFormat format, TextWriter writer, FileStream? file, bool terminal, string site, bool severalSites, bool continuing = false)
    {
        this.site = site;
        this.severalSites = severalSites;
        this.format = format;
        this.writer = writer;
        this.file = file;
        this.terminal = terminal;
        whole = file is { CanSeek: true } ? file.Length : 0;
        streaming = FormatDescriptor.Of(format).Streams ? ResultWriters.Create(format, writer, continuing, site) : null;
    }

    /// <param name="append">Add to the file (a resumed run) instead of replacing it.</param>
    /// <param name="site">The site's name, which the Anki notes carry as their tag (a result's own site comes first).</param>
    /// <param name="severalSites">The run asks several sites: the table and Markdown group each word's results by site.</param>
    public static ResultSink Open(ResultFormat format, string? path, CliConsole console, bool append = false, string site = "", bool severalSites = false)
    {
        if (path is null)
        {
            return new ResultSink(format, console.Out, file: null, console.OutputIsTerminal, site, severalSites);
        }

        // The system's own words for it ("Access to the path is denied") would not say what is wrong.
        if (Directory.Exists(path))
        {
            throw new UsageException($"cannot write output file '{path}': it is a directory");
        }

        try
        {
            var continuing = append && File.Exists(path) && new FileInfo(path).Length > 0;

            // Unbuffered: the StreamWriter's buffer is the only one, so a word is on disk once it is flushed.
            var file = new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
            var writer = new StreamWriter(new OutputStream(file, $"'{path}'"), new System.Text.UTF8Encoding(false));
            return new ResultSink(format, writer, file, terminal: false, site, severalSites, continuing);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write output file '{path}': {ex.Message}");
        }
    }

    public async ValueTask WriteAsync(int index, LookupResult result)
    {
        if (streaming is null)
        {
            held[index] = result;
            return;
        }

        await GuardAsync(async () => await streaming.WriteAsync(result));
        whole = file is { CanSeek: true } ? file.Position : whole;
    }

    /// <summary>Writes the held results in keyword order.</summary>
    public async ValueTask CompleteAsync()
    {
        if (streaming is not null)
        {
            return;
        }

        var ordered = held.Values.ToList();
        await GuardAsync(async () =>
        {
            if (format != ResultFormat.Table)
            {
                await using var whole = ResultWriters.Create(format, writer, site: site, severalSites: severalSites);
                foreach (var result in ordered)
                {
                    await whole.WriteAsync(result);
                }

                return;
            }

            var console = Terminal.Create(writer, terminal, wrapWhenRedirected: false);
            if (severalSites)
            {
                ResultTableRenderer.RenderBySite(console, ordered);
            }
            else
            {
                ordered.ForEach(r => ResultTableRenderer.Render(console, r));
            }

            await writer.FlushAsync();
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (failed)
        {
            // The writer still holds what could not be written: drop it rather than try again.
            file?.Dispose();
            return;
        }

        if (streaming is not null)
        {
            await GuardAsync(async () => await streaming.DisposeAsync());
        }

        await GuardAsync(writer.FlushAsync);
        if (file is not null)
        {
            await writer.DisposeAsync();
        }
    }

    private async Task GuardAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (OutputFailedException)
        {
            failed = true;
            CutTorn();
            throw;
        }
    }

    // A write can fail after part of a word reached the disk (ENOSPC mid-line); cut the file back to the last whole word.
    private void CutTorn()
    {
        try
        {
            if (file is { CanSeek: true } && file.Length > whole)
            {
                file.SetLength(whole);
            }
        }
        catch (IOException)
        {
            // A device that cannot be truncated (/dev/full) never held a torn line; a failing disk is reported already.
        }
    }
}
