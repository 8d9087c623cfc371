using Scraper.Files;

namespace Scraper.Resume;

/// <summary>Cuts byte ranges out of a file: by truncating it when they are all at its end, else by rewriting it.</summary>
internal static class FileRepair
{
    public static void Cut(string path, IReadOnlyList<ByteRange> cuts, long length)
    {
        if (cuts.Count == 0)
        {
            return;
        }

        if (cuts.Count == 1 && cuts[0].End == length)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None);
            file.SetLength(cuts[0].Start);
            file.Flush(flushToDisk: true);
            return;
        }

        Rewrite(path, cuts);
    }

    // What stays is copied into a new file beside the old one, which then replaces it (AtomicFile: never through a
    // link planted beside it): a crash while resuming leaves the old file or the new one, each whole.
    private static void Rewrite(string path, IReadOnlyList<ByteRange> cuts)
    {
        using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        AtomicFile.Write(path, target =>
        {
            long position = 0;
            foreach (var cut in cuts.Append(new ByteRange(source.Length, source.Length)))
            {
                Copy(source, target, position, cut.Start - position);
                position = cut.End;
            }
        });
    }

    private static void Copy(FileStream source, FileStream target, long start, long count)
    {
        var buffer = new byte[64 * 1024];
        source.Position = start;
        while (count > 0)
        {
            var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                throw new EndOfStreamException("the file got shorter while it was being repaired");
            }

            target.Write(buffer, 0, read);
            count -= read;
        }
    }
}
