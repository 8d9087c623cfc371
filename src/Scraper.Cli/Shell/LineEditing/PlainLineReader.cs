using System.Globalization;
using System.Text;

namespace Scraper.Cli.Shell;

/// <summary>
/// Lines from a pipe or a file, as scripts and tests send them: no prompt, no echo, no editing. Each line is decoded
/// on its own as strict UTF-8, so that a line that is not text (a bad byte, a NUL) is refused where it is, rather
/// than looked up as what is left of it once the byte is replaced or dropped ("caf\xE9" is not "caf").
/// </summary>
internal sealed class PlainLineReader(Stream input) : ILineReader, IDisposable
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly BufferedStream stream = new(input, 64 * 1024);
    private readonly MemoryStream line = new();
    private bool first = true;

    /// <exception cref="ShellInputException">The line is not UTF-8 text; the reader goes on at the next one.</exception>
    public string? ReadLine(string prompt)
    {
        line.SetLength(0);
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            line.WriteByte((byte)b);
        }

        if (b < 0 && line.Length == 0)
        {
            return null;
        }

        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        bytes = bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
        if (first && bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            bytes = bytes[3..];
        }
        else if (first && bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            throw new ShellInputException("it starts with a UTF-16 byte order mark; the shell reads UTF-8 text");
        }

        first = false;
        if (bytes.Contains((byte)0))
        {
            throw new ShellInputException("it holds a NUL byte, so the input is not text");
        }

        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ShellInputException(string.Create(CultureInfo.InvariantCulture, $"it is not UTF-8 text (bad bytes at byte {Math.Max(e.Index, 0)} of the line)"));
        }
    }

    public void Remember(string line)
    {
        // A script's lines are not a person's: they would push the typed ones out of the history.
    }

    public void Dispose()
    {
        stream.Dispose();
        line.Dispose();
    }
}
