using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Audio;

/// <summary>
/// `--save-audio` against a recording URL that a hostile server answers: each ends in one line on stderr and exit 3,
/// with the entries written, nothing saved under a recording's name, and no hang.
/// </summary>
public sealed class HostileRecordingTests : IDisposable
{
    private const string Prefix = JsonResults.Prefix;
    private const string Recording = "/media/british/uk_pron/f/flo/florp/florp_British_English_pronunciation.mp3";
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(BodyFault.Stall, 2, "timed out")]
    [InlineData(BodyFault.Reset, 2, null)]
    [InlineData(BodyFault.Endless, 1, "page larger than 8 MB refused")]
    public async Task A_body_that_stalls_resets_or_never_ends_is_one_line_and_exit_3_with_nothing_saved(BodyFault fault, int requests, string? reason)
    {
        // Arrange
        await using var server = new BodyFaultServer(Recording, fault);
        server.ServePage(Prefix + "florp", FixtureResponse.ReadFixture("florp_1.html")).ServePage(Prefix + "florp_2", FixtureResponse.ReadFixture("florp_2.html"));

        // Act
        var run = await LookupAsync(server.BaseUrl, "--timeout", "1", "--retries", "1");

        // Assert: the size cap held the endless body to 8 MB (and what the socket buffers held)
        var line = AssertFailedOnce(run, new Uri(server.BaseUrl, Recording));
        if (reason is not null)
        {
            Assert.EndsWith(": " + reason, line, StringComparison.Ordinal);
        }

        Assert.Equal(requests, server.RequestsTo(Recording));
        Assert.InRange(server.FaultyBytesSent, 1, 16L * 1024 * 1024);
    }

    [Theory]
    [InlineData(200, "text/html; charset=utf-8", "the answer was a page (text/html; charset=utf-8), not a recording")]
    [InlineData(200, null, "the answer was a page, not a recording")]
    [InlineData(200, "application/octet-stream", "the answer was a page, not a recording")]
    [InlineData(403, "text/html", "HTTP 403")]
    public async Task A_page_served_where_a_recording_was_expected_is_never_saved_as_one(int status, string? contentType, string reason)
    {
        // Arrange: a challenge page, with a type that says so, with none, or with one that lies
        await using var server = await PagesAsync();
        server.Serve(Recording, RawAnswer.Html(status, "\n  <!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>", contentType));

        // Act
        var run = await LookupAsync(server.BaseUrl, "--retries", "0");

        // Assert
        Assert.EndsWith(": " + reason, AssertFailedOnce(run, new Uri(server.BaseUrl, Recording)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:{port}/elsewhere.mp3", "redirected off the site to http://localhost:{port}")]
    [InlineData("file:///etc/passwd", "redirected off the site to file://")]
    [InlineData("ftp://127.0.0.1/x.mp3", "redirected off the site to ftp://127.0.0.1")]
    public async Task A_redirect_to_another_host_or_scheme_is_not_followed(string location, string reason)
    {
        // Arrange
        await using var server = await PagesAsync();
        var port = server.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        server.Serve(Recording, new RawAnswer(302, [], null).WithHeader("Location", location.Replace("{port}", port, StringComparison.Ordinal)));

        // Act
        var run = await LookupAsync(server.BaseUrl, "--retries", "0");

        // Assert
        Assert.EndsWith(": " + reason.Replace("{port}", port, StringComparison.Ordinal), AssertFailedOnce(run, new Uri(server.BaseUrl, Recording)), StringComparison.Ordinal);
        Assert.Equal(1, server.RequestsTo(Recording));
    }

    [Fact]
    public async Task A_429_with_an_hour_long_Retry_After_on_the_recording_is_one_line_without_the_hour()
    {
        // Arrange
        await using var server = await PagesAsync();
        server.Serve(Recording, RawAnswer.Html(429, "slow down", "text/plain").WithHeader("Retry-After", "3600"));

        // Act
        var run = await LookupAsync(server.BaseUrl, "--retries", "0");

        // Assert
        Assert.EndsWith(": HTTP 429", AssertFailedOnce(run, new Uri(server.BaseUrl, Recording)), StringComparison.Ordinal);
    }

    private async Task<RawPageServer> PagesAsync()
    {
        var server = await RawPageServer.StartAsync(TestContext.Current.CancellationToken);
        server.Serve(Prefix + "florp", RawAnswer.Fixture(200, "florp_1.html")).Serve(Prefix + "florp_2", RawAnswer.Fixture(200, "florp_2.html"));
        return server;
    }

    private Task<CliRun> LookupAsync(Uri baseUrl, params string[] options) =>
        CliRun.RunAsync(["lookup", "florp", "--save-audio", folder.Path, "--format", "jsonl", "--site", "macmillan-uk", "--base-url", baseUrl.AbsoluteUri, .. options]);

    // The entry is written and found; one line names the recording; no file is left in the folder.
    private string AssertFailedOnce(CliRun run, Uri recording)
    {
        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal("found", JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement.GetProperty("status").GetString());
        Assert.Empty(Directory.GetFiles(folder.Path));
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("scraper:", StringComparison.Ordinal));
        Assert.StartsWith($"scraper: --save-audio: cannot fetch the recording of 'florp' ({recording.AbsoluteUri}): ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("   at ", StringComparison.Ordinal));
        return line;
    }
}
