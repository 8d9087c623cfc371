using System.Text;
using Scraper.Resume;
using Scraper.Results;

namespace Scraper.Tests.Resume;

/// <summary>The JSON lines scanner of --resume, over a whole small file: what is done, and which lines are cut.</summary>
public sealed class JsonlScannerTests
{
    [Fact]
    public async Task Done_words_are_kept_and_failed_ones_of_the_run_and_later_copies_are_cut()
    {
        // Arrange: love found, calm failed, love again, then a half-written line after the last newline.
        var lines = new[]
        {
            """{"keyword":"love","site":"macmillan","status":"found"}""",
            """{"keyword":"calm","site":"macmillan","status":"failed"}""",
            """{"keyword":"Love","site":"macmillan","status":"found"}""",
        };
        var whole = string.Concat(lines.Select(l => l + "\n"));
        var bytes = Encoding.UTF8.GetBytes(whole + """{"keyword":"qu""");
        var scan = new ResultFileScan(new HashSet<string>([ResumeKey.OfWritten("macmillan", "love"), ResumeKey.OfWritten("macmillan", "calm")]), ["macmillan"]);
        using var stream = new MemoryStream(bytes);

        // Act
        await JsonlScanner.ScanAsync(stream, Encoding.UTF8.GetByteCount(whole), scan, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(new Dictionary<string, LookupStatus> { [ResumeKey.OfWritten("macmillan", "love")] = LookupStatus.Found }, scan.Done);
        var first = Encoding.UTF8.GetByteCount(lines[0] + "\n");
        Assert.Equal([new ByteRange(first, Encoding.UTF8.GetByteCount(whole))], scan.Cuts);
        Assert.Equal(1, scan.Retried);
    }
}
