using System.Globalization;
using System.Text;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Resume;

/// <summary>
/// Reads which words an Anki file of this tool already has: its header lines must be the writer's, and each note's
/// guid column names its word. The file holds found words only; every other word of the run is looked up again.
/// </summary>
internal static class AnkiScanner
{
    /// <param name="length">Where the whole lines end (<see cref="FileTail"/>); bytes after it are not read.</param>
    public static async Task ScanAsync(Stream stream, long length, ResultFileScan scan, CancellationToken cancellationToken)
    {
        long offset = 0;
        var number = 0;
        await foreach (var line in LinesAsync(stream, length, cancellationToken))
        {
            var end = offset + line.Length + 1;
            // An editor may have saved the file again with CR LF line ends, which Anki reads as well.
            var text = Encoding.UTF8.GetString(line).TrimEnd('\r');
            if (number < AnkiResultWriter.Header.Length)
            {
                if (text != AnkiResultWriter.Header[number])
                {
                    throw new ResumeFileException(number == 0
                        ? "its first line is not the header of a scraper Anki file (#separator:tab)"
                        : string.Create(CultureInfo.InvariantCulture, $"line {number + 1} is not the header line '{AnkiResultWriter.Header[number]}' of a scraper Anki file"));
                }
            }
            else if (text.Length > 0)
            {
                var fields = text.Split('\t');
                var keyword = fields.Length == 4 ? AnkiGuid.KeywordOf(fields[3]) : null;
                var site = fields.Length == 4 ? AnkiGuid.SiteOf(fields[3]) : null;
                if (keyword is null)
                {
                    throw new ResumeFileException(string.Create(CultureInfo.InvariantCulture, $"line {number + 1} is not a note of scraper (four fields, the last its guid)"));
                }

                var where = number + 1;
                scan.Word(scan.Key(site, keyword, () => string.Create(CultureInfo.InvariantCulture, $"line {where}")), LookupStatus.Found, offset, end);
            }

            number++;
            offset = end;
        }

        // Only some of the headers, and no note: a crash cut the first write (headers and first note go in one).
        // The file is started afresh, so that the run writes every header rather than notes under half of them.
        if (number is > 0 && number < AnkiResultWriter.Header.Length)
        {
            scan.Cut(0, offset);
        }
    }

    // The file's whole lines as bytes, without their '\n', so that byte offsets stay exact.
    private static async IAsyncEnumerable<byte[]> LinesAsync(Stream stream, long length, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        long read = 0;
        while (read < length)
        {
            var size = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length - read)), cancellationToken);
            if (size == 0)
            {
                yield break;
            }

            read += size;
            var start = 0;
            for (var i = 0; i < size; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    line.Write(buffer, start, i - start);
                    yield return line.ToArray();
                    line.SetLength(0);
                    start = i + 1;
                }
            }

            line.Write(buffer, start, size - start);
        }
    }
}
