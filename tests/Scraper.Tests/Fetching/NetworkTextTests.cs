using System.Text.Json;
using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>
/// Nothing from the network is printed raw: a server whose header name holds terminal escape sequences (OSC to retitle
/// the terminal, a colour, a bell) gets its word failed with the error cleaned, in the table, the JSON and the log.
/// </summary>
public sealed class NetworkTextTests
{
    private const string Hostile =
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-\u001b]0;pwned\u0007\u001b[31mEvil\u202e: 1\r\nConnection: close\r\n\r\nhi";

    [Theory]
    [InlineData("table")]
    [InlineData("jsonl")]
    public async Task An_error_quoting_the_server_reaches_stdout_and_the_log_cleaned(string format)
    {
        // Arrange
        await using var server = RawSocketServer.Answering(Hostile);

        // Act: the server answers robots.txt with the same hostile answer, which would disallow every page.
        var run = await Scraper.Tests.Support.CliRun.RunAsync(
            ["lookup", "love", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri, "--retries", "0", "--format", format, "-v", "--ignore-robots"]);

        // Assert
        Assert.Equal(3, run.ExitCode);
        Assert.True(server.Requests >= 1);
        Assert.Contains("Evil", run.Out, StringComparison.Ordinal);
        Assert.Contains("Evil", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Out + run.Error, c => char.IsControl(c) && c is not ('\n' or '\r') || c == '\u202e');
        if (format == "jsonl")
        {
            var error = JsonDocument.Parse(run.Out).RootElement.GetProperty("error").GetString()!;
            Assert.StartsWith("Received an invalid header name: 'X-]0;pwned[31mEvil", error, StringComparison.Ordinal);
        }
    }
}
