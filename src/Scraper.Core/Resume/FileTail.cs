namespace Scraper.Resume;

/// <summary>Where the last whole line of a file ends: what follows is a line a crash left half written.</summary>
internal static class FileTail
{
    /// <returns>The length of the file up to and including its last '\n'; 0 when it has none.</returns>
    public static long EndOfLastLine(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var position = stream.Length;
        while (position > 0)
        {
            var size = (int)Math.Min(buffer.Length, position);
            position -= size;
            stream.Position = position;
            stream.ReadExactly(buffer, 0, size);
            var newline = buffer.AsSpan(0, size).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                return position + newline + 1;
            }
        }

        return 0;
    }
}
