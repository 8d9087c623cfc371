namespace Scraper.History;

/// <summary>
/// Where the newest lines of the history start, found by reading backwards from its end: the work and the memory are
/// bounded by the lines asked for (and by <paramref name="maxBytes"/> against a file of giant lines), never by the
/// file's size, so that a 1 GB history costs what a full one costs.
/// </summary>
internal readonly record struct HistoryTail(long Start, int Lines, bool HasOlder)
{
    public static HistoryTail Find(FileStream file, int lines, long maxBytes)
    {
        var end = file.Length;
        if (end == 0)
        {
            return new HistoryTail(0, 0, false);
        }

        // The last line's newline ends it; it does not start another.
        file.Position = end - 1;
        var last = end - (file.ReadByte() == '\n' ? 1 : 0);
        var buffer = new byte[64 * 1024];
        var found = last > 0 ? 1 : 0;
        var position = last;
        while (position > 0 && end - position < maxBytes)
        {
            var size = (int)Math.Min(buffer.Length, position);
            file.Position = position - size;
            file.ReadExactly(buffer, 0, size);
            for (var i = size - 1; i >= 0; i--)
            {
                if (buffer[i] != '\n')
                {
                    continue;
                }

                if (found == lines)
                {
                    return new HistoryTail(position - size + i + 1, found, true);
                }

                found++;
            }

            position -= size;
        }

        return position == 0 ? new HistoryTail(0, found, false) : new HistoryTail(FirstLineStart(file, position, end), found, true);
    }

    // Past the byte bound: the newest whole lines that begin inside it (a giant line there is cut off, not kept in part).
    private static long FirstLineStart(FileStream file, long from, long end)
    {
        file.Position = from;
        int b;
        while (file.Position < end && (b = file.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                return file.Position;
            }
        }

        return end;
    }
}
