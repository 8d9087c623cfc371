using System.Text;
using Scraper.Keywords;

namespace Scraper.Tests.Keywords;

public sealed class KeywordFileTests
{
    [Fact]
    public void ReadLines_SkipsBlankLinesAndCommentsAndTrims()
    {
        var lines = Read(Encoding.UTF8.GetBytes("# words\r\n  love  \r\n\r\n\t# indented comment\nice cream\n   \nhi"));

        Assert.Equal(["love", "ice cream", "hi"], lines);
    }

    [Fact]
    public void ReadLines_Utf8WithBom_DropsTheBom()
    {
        var lines = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("café\nnaïve\n")]);

        Assert.Equal(["café", "naïve"], lines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadLines_Utf16WithBom_Decodes(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        var lines = Read([.. encoding.GetPreamble(), .. encoding.GetBytes("café\r\n# c\r\nnaïve")]);

        Assert.Equal(["café", "naïve"], lines);
    }

    [Fact]
    public void ReadLines_LinesLongerThanOneChunk_AreKeptWhole()
    {
        var longWord = new string('a', 40_000) + "é";

        var lines = Read(Encoding.UTF8.GetBytes($"hi\n{longWord}\nbye"));

        Assert.Equal(["hi", longWord, "bye"], lines);
    }

    [Fact]
    public void ReadLines_ControlCharacters_AreKeptForTheSlugToHandle()
    {
        var lines = Read(Encoding.UTF8.GetBytes("\u001b[31mred\nok"));

        Assert.Equal(["\u001b[31mred", "ok"], lines);
    }

    [Fact]
    public void ReadLines_NulByte_ThrowsWithItsOffset()
    {
        var error = Assert.Throws<KeywordInputException>(() => Read([.. "love\nhello!"u8, 0, .. "x"u8]));

        Assert.Equal("keywords file is not text (binary data at byte 11)", error.Message);
    }

    [Fact]
    public void ReadLines_NulInUtf16_ThrowsWithItsByteOffset()
    {
        var encoding = new UnicodeEncoding(false, true);

        var error = Assert.Throws<KeywordInputException>(() => Read([.. encoding.GetPreamble(), .. encoding.GetBytes("ab\0")]));

        Assert.Equal("keywords file is not text (binary data at byte 6)", error.Message);
    }

    [Fact]
    public void ReadLines_InvalidUtf8_ThrowsWithItsOffset()
    {
        var error = Assert.Throws<KeywordInputException>(() => Read([.. "love\n"u8, 0xC3, 0x28, .. "\n"u8]));

        Assert.Equal("keywords file is not valid UTF-8 (bad bytes at byte 5)", error.Message);
    }

    [Fact]
    public void ReadLines_TruncatedUtf8AtTheEnd_Throws()
    {
        var error = Assert.Throws<KeywordInputException>(() => Read([.. "caf"u8, 0xC3]));

        Assert.StartsWith("keywords file is not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLines_EmptyStream_YieldsNothing()
    {
        Assert.Empty(Read([]));
    }

    [Fact]
    public void ReadLines_YieldsALineBeforeReadingFurther()
    {
        using var stream = new OneChunkStream("love\n"u8.ToArray());
        using var lines = KeywordFile.ReadLines(stream).GetEnumerator();

        Assert.True(lines.MoveNext());
        Assert.Equal("love", lines.Current);
        Assert.Throws<IOException>(() => lines.MoveNext());
    }

    private static List<string> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [.. KeywordFile.ReadLines(stream)];
    }

    // Serves its bytes on the first read and fails on any later one, so a test sees when the reader asks for more.
    private sealed class OneChunkStream(byte[] chunk) : MemoryStream(chunk)
    {
        private bool _served;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_served)
            {
                throw new IOException("read past the first chunk");
            }

            _served = true;
            return base.Read(buffer, offset, count);
        }
    }
}
