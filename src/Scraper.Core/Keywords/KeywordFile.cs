using System.Text;

namespace Scraper.Keywords;

/// <summary>Reads a keywords file: one keyword a line, blank lines and "#" comments skipped.</summary>
public static class KeywordFile
{
    private const int ChunkSize = 16 * 1024;

    /// <summary>
    /// Yields the trimmed keywords as the stream is read. UTF-8 (with or without a BOM) or UTF-16 with a BOM;
    /// a NUL character or bytes that are not valid in the encoding throw <see cref="KeywordInputException"/>.
    /// </summary>
    public static IEnumerable<string> ReadLines(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Read(stream);
    }

    private static IEnumerable<string> Read(Stream stream)
    {
        var bytes = new byte[ChunkSize];
        var count = stream.ReadAtLeast(bytes, 3, throwOnEndOfStream: false);
        var (encoding, bomLength) = DetectEncoding(bytes.AsSpan(0, count));
        var bytesPerUnit = encoding is UTF8Encoding ? 1 : 2;
        var decoder = encoding.GetDecoder();
        var chars = new char[encoding.GetMaxCharCount(ChunkSize)];
        var line = new StringBuilder();
        long chunkOffset = 0;
        long charsDecoded = 0;
        var start = bomLength;

        while (true)
        {
            var data = bytes.AsSpan(start, count - start);
            var flush = count == 0;
            if (bytesPerUnit == 1 && data.IndexOf((byte)0) is var nul and >= 0)
            {
                throw NotText(chunkOffset + start + nul);
            }

            int charCount;
            try
            {
                charCount = decoder.GetChars(data, chars, flush);
            }
            catch (DecoderFallbackException e)
            {
                throw new KeywordInputException(
                    $"keywords file is not valid {Describe(encoding)} (bad bytes at byte {chunkOffset + start + Math.Max(e.Index, 0)})");
            }

            for (var i = 0; i < charCount; i++)
            {
                var c = chars[i];
                if (c is '\r' or '\n')
                {
                    if (Keyword(line) is { } keyword)
                    {
                        yield return keyword;
                    }
                }
                else if (c == '\0')
                {
                    throw NotText(bomLength + ((charsDecoded + i) * bytesPerUnit));
                }
                else
                {
                    line.Append(c);
                }
            }

            charsDecoded += charCount;
            if (flush)
            {
                break;
            }

            chunkOffset += count;
            start = 0;
            count = stream.Read(bytes, 0, bytes.Length);
        }

        if (Keyword(line) is { } last)
        {
            yield return last;
        }
    }

    private static string? Keyword(StringBuilder line)
    {
        var text = line.ToString().Trim();
        line.Clear();
        return text.Length == 0 || text.StartsWith('#') ? null : text;
    }

    private static (Encoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false, true), 3),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2),
        _ => (new UTF8Encoding(false, true), 0),
    };

    private static string Describe(Encoding encoding) => encoding is UTF8Encoding ? "UTF-8" : "UTF-16";

    private static KeywordInputException NotText(long offset) =>
        new($"keywords file is not text (binary data at byte {offset})");
}
