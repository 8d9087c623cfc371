using System.Globalization;
using CsvHelper;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Resume;

/// <summary>
/// Reads the keyword and status of each word of a CSV results file. A word has several rows, written one after
/// another; a crash can leave only some of the last word's rows on disk with every line whole, so the last word is
/// always cut and looked up again.
/// </summary>
internal static class CsvScanner
{
    /// <param name="length">Where the whole lines end (<see cref="FileTail"/>); rows after it are not read.</param>
    public static async Task ScanAsync(Stream stream, long length, ResultFileScan scan, CancellationToken cancellationToken)
    {
        if (length == 0)
        {
            return;
        }

        await using var csv = CsvReader.Create(stream, CsvReaderOptions.Default with { Separator = ',', HasHeader = true }, leaveOpen: true);
        await csv.ReadHeaderAsync(cancellationToken);
        if (csv.Headers.SequenceEqual(CsvResultWriter.HeaderWithoutSite, StringComparer.Ordinal))
        {
            throw new ResumeFileException("it was written by an earlier scraper, without the site column, and new rows would not fit its columns: start a new file");
        }

        if (!csv.Headers.SequenceEqual(CsvResultWriter.Header, StringComparer.Ordinal))
        {
            throw new ResumeFileException("its first line is not the header of a scraper CSV file");
        }

        string? key = null;
        var status = LookupStatus.Failed;
        long start = 0;
        while (await csv.ReadAsync(cancellationToken) && csv.ByteOffset < length)
        {
            var row = csv.RowNumber;
            var rowKey = scan.Key(csv.GetString(CsvResultWriter.Header.Length - 1), csv.GetString(0), () => string.Create(CultureInfo.InvariantCulture, $"row {row}"));
            if (rowKey == key)
            {
                continue;
            }

            if (key is not null)
            {
                scan.Word(key, status, start, csv.ByteOffset);
            }

            key = rowKey;
            start = csv.ByteOffset;
            status = StatusName.TryParse(csv.GetString(1), out var parsed)
                ? parsed
                : throw new ResumeFileException(string.Create(CultureInfo.InvariantCulture, $"row {csv.RowNumber} has no known status"));
        }

        if (key is not null)
        {
            scan.CutLastWord(start, length);
        }
    }
}
