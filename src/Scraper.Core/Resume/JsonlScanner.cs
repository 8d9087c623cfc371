using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using Scraper.Results;

namespace Scraper.Resume;

/// <summary>Reads the keyword, site and status of each line of a JSON lines results file, without building the results.</summary>
internal static class JsonlScanner
{
    /// <param name="length">Where the whole lines end (<see cref="FileTail"/>); bytes after it are not read.</param>
    public static async Task ScanAsync(Stream stream, long length, ResultFileScan scan, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        try
        {
            long offset = 0;
            var number = 0;
            while (offset < length)
            {
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                while (offset < length && buffer.PositionOf((byte)'\n') is { } newline)
                {
                    var line = buffer.Slice(0, newline);
                    var end = offset + line.Length + 1;
                    number++;
                    if (!IsBlank(line))
                    {
                        var (keyword, site, status) = Read(line, number);
                        scan.Word(scan.Key(site, keyword, () => string.Create(CultureInfo.InvariantCulture, $"line {number}")), status, offset, end);
                    }

                    offset = end;
                    buffer = buffer.Slice(buffer.GetPosition(1, newline));
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private static (string Keyword, string? Site, LookupStatus Status) Read(ReadOnlySequence<byte> line, int number)
    {
        string? keyword = null;
        string? site = null;
        LookupStatus? status = null;
        try
        {
            var json = new Utf8JsonReader(line);
            if (json.Read() && json.TokenType == JsonTokenType.StartObject)
            {
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                {
                    var name = json.GetString();
                    json.Read();
                    if (name == "keyword" && json.TokenType == JsonTokenType.String)
                    {
                        keyword = json.GetString();
                    }
                    else if (name == "site" && json.TokenType == JsonTokenType.String)
                    {
                        site = json.GetString();
                    }
                    else if (name == "status" && StatusName.TryParse(json.TokenType == JsonTokenType.String ? json.GetString() : null, out var parsed))
                    {
                        status = parsed;
                    }

                    json.Skip();
                }

                // Anything after the object's end makes Read throw: one line, one object.
                if (json.TokenType == JsonTokenType.EndObject && !json.Read() && keyword is not null && status is { } known)
                {
                    return (keyword, site, known);
                }
            }
        }
        catch (JsonException)
        {
            // Reported below, as every other line that is not a result.
        }

        throw new ResumeFileException(string.Create(CultureInfo.InvariantCulture, $"line {number} is not a result (a JSON object with a keyword and a status)"));
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            if (segment.Span.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
