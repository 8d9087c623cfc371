using System.Globalization;
using System.Text;
using Scraper.Files;
using Scraper.Keywords;

namespace Scraper.Audio;

/// <summary>
/// The --save-audio folder: each word's recordings as plainly named files ("love-uk.mp3", "love-us.mp3", "how.mp3" when
/// the accent is not said). A file already there with other bytes is kept, and the new one takes the next free name
/// ("love-uk-2.mp3"); one with the same bytes is left as it is. A run that asks several sites names each file with
/// its site ("love-longman-uk.mp3"), so that a name never depends on which of the sites found the word.
/// </summary>
public sealed class RecordingFolder(string directory, bool severalSites = false)
{
    private const int MostNamesTried = 100;

    public string Directory { get; } = directory;

    /// <summary>Creates the folder and checks a file can be written in it, before anything is fetched; null when it can.</summary>
    public static string? Check(string directory)
    {
        try
        {
            System.IO.Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".scraper-{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"--save-audio: cannot write in '{directory}': {ex.Message}";
        }
    }

    /// <summary>Writes the recording and gives the file's path.</summary>
    /// <exception cref="IOException">The file could not be written (disk full, read-only, a name taken 100 times).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder no longer lets us write.</exception>
    /// <param name="site">The site whose page linked the recording: in the name when the run asks several sites.</param>
    public string Save(string word, string? site, string? region, RecordingFile recording)
    {
        var stem = SafeName(word) + (severalSites && site is not null ? "-" + SafeName(site) : "") + (region is null ? "" : "-" + region);
        for (var n = 1; n <= MostNamesTried; n++)
        {
            var path = Path.Combine(Directory, (n == 1 ? stem : $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}") + recording.Extension);
            if (File.Exists(path))
            {
                if (HasBytes(path, recording.Bytes!))
                {
                    return path;
                }

                continue;
            }

            try
            {
                // Whole or not at all: a full disk leaves no file under a recording's name, not even an empty one.
                AtomicFile.WriteBytes(path, recording.Bytes, replace: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process took the name meanwhile: the next one.
                continue;
            }

            return path;
        }

        throw new IOException($"{stem}{recording.Extension} and {MostNamesTried - 1} numbered names after it are taken in {Directory}");
    }

    // The file's length first: a file of another size (a 3 GB one among them) is never read, let alone into memory.
    private static bool HasBytes(string path, byte[] bytes) =>
        new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    /// <summary>Letters and digits of the word, lowercased, other runs as one "-": never a path, never a hidden file.</summary>
    public static string SafeName(string word)
    {
        var name = new StringBuilder(word.Length);
        var bytes = 0;
        foreach (var c in UnicodeForm.Normalize(word, NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
                bytes += Encoding.UTF8.GetByteCount([c]);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
                bytes++;
            }

            // File systems count a name's bytes (255 on Linux): 160 leaves room for the site, accent, number and
            // extension even in a script whose letters take three bytes each.
            if (name.Length >= 80 || bytes >= 160)
            {
                break;
            }
        }

        var text = name.ToString().Trim('-');
        return text.Length == 0 ? "word" : text;
    }
}
