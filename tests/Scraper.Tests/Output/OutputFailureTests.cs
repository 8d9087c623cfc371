using Scraper.Tests.Cli;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Output;

/// <summary>
/// Results that cannot be written stop the run: a full device (ENOSPC, from /dev/full), a file over the size limit
/// (EFBIG, from `ulimit -f`, which tears a line for real), and a reader that closed the pipe (EPIPE).
/// </summary>
public sealed class OutputFailureTests : IAsyncDisposable
{
    private readonly BatchWorkspace workspace = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("markdown")]
    public async Task A_results_file_on_a_full_device_exits_4_naming_it_in_one_line(string format)
    {
        // Arrange
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });
        var words = Words(40);

        // Act
        var run = await LookupAsync([.. words, "--format", format, "-o", "/dev/full", "-c", "2"]);

        // Assert
        Assert.Equal(4, run.ExitCode);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("scraper:", StringComparison.Ordinal));
        Assert.StartsWith("scraper: cannot write to '/dev/full': No space left on device; ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        if (format is "jsonl" or "csv")
        {
            // The first word's write failed: the run stopped taking words.
            Assert.InRange(site.GetStats().Requests, 1, 8);
        }
    }

    [Fact]
    public async Task A_bench_report_to_a_full_device_exits_4_naming_it()
    {
        // Act
        var run = await CliRun.RunAsync(["bench", "--latency", "10", "--modes", "async", "-c", "4", "-o", "/dev/full", "-q"]);

        // Assert
        Assert.Equal(4, run.ExitCode);
        Assert.Equal("scraper: cannot write to '/dev/full': No space left on device", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("> /dev/full", "No space left on device")]
    [InlineData(">&-", "not open for writing, or not allowed")]
    public async Task Standard_output_that_cannot_be_written_exits_4_naming_it(string redirect, string reason)
    {
        // Arrange
        await workspace.StartSiteAsync(new LocalSiteOptions());
        using var child = ServeProcess.StartInShell("", redirect, ["lookup", "love", "hello", "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);

        // Act
        var error = await child.Process.StandardError.ReadToEndAsync(Cancellation);
        await WaitForExitAsync(child);

        // Assert
        Assert.Equal(4, child.Process.ExitCode);
        Assert.Contains($"scraper: cannot write to standard output: {reason}; ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public async Task A_line_torn_by_the_file_size_limit_is_cut_back_and_resume_completes_the_file(string format)
    {
        // Arrange: 8 KB of file at most (16 blocks of 512 bytes), about six words' lines; SIGXFSZ ignored, so the write
        // fails with EFBIG after writing what fits. The runtime's W^X double mapping needs a big file of its own: off.
        await workspace.StartSiteAsync(new LocalSiteOptions());
        var output = workspace.PathOf("out." + format);
        var words = Words(40);
        using (var child = ServeProcess.StartInShell(
            "trap '' XFSZ; ulimit -f 16; export DOTNET_EnableWriteXorExecute=0;", "",
            ["lookup", .. words, "--format", format, "-o", output, "-c", "2", "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]))
        {
            var error = await child.Process.StandardError.ReadToEndAsync(Cancellation);
            await WaitForExitAsync(child);
            Assert.Equal(4, child.Process.ExitCode);
            Assert.Contains($"scraper: cannot write to '{output}': File too large; the run stopped after ", error, StringComparison.Ordinal);
        }

        Assert.InRange(Written(output, format).Count, 1, 39);

        // Act
        var resumed = await LookupAsync([.. words, "--format", format, "-o", output, "--resume"]);

        // Assert
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(words.Order(), Written(output, format).Order());
    }

    [Fact]
    public async Task A_closed_pipe_ends_the_run_at_once_with_141_and_no_further_fetching()
    {
        // Arrange: 300 words at 50 ms each, 4 at a time, would take about 4 s and 300 requests.
        var site = await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 50 });
        var words = Words(300, "pipe");
        using var child = ServeProcess.Start(["lookup", .. words, "--format", "jsonl", "-c", "4", "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);
        var first = await child.Process.StandardOutput.ReadLineAsync(Cancellation);

        // Act: the reader goes away, as `head -1` does.
        child.Process.StandardOutput.Close();
        await WaitForExitAsync(child);

        // Assert
        Assert.StartsWith("{\"keyword\":\"pipe", first, StringComparison.Ordinal);
        Assert.Equal(141, child.Process.ExitCode);
        Assert.InRange(site.GetStats().Requests, 1, 30);
        var error = await child.Process.StandardError.ReadToEndAsync(Cancellation);
        Assert.DoesNotContain("scraper:", error, StringComparison.Ordinal);
    }

    // Both readers fail the test on a torn last line.
    private static List<string> Written(string path, string format) =>
        format == "csv" ? [.. CsvWords(path).Select(w => w.Keyword)] : [.. JsonlWords(path).Select(w => w.Keyword)];

    private Task<CliRun> LookupAsync(string[] wordsAndOptions) =>
        CliRun.RunAsync(["lookup", .. wordsAndOptions, "--site", "macmillan-uk", "--base-url", workspace.BaseUrl]);

    private static async Task WaitForExitAsync(ServeProcess child)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await child.Process.WaitForExitAsync(timeout.Token);
    }
}
