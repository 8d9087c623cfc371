using System.Net;
using System.Text.Json;

namespace Scraper.Tests.Cli;

/// <summary>`scraper serve` as a real process: it prints a URL that answers, and Ctrl+C stops it cleanly.</summary>
public sealed class ServeCommandTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Serve_on_port_0_prints_a_url_that_answers_pages_and_stats_and_sigint_exits_0()
    {
        using var serve = ServeProcess.Start("serve", "--port", "0");
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        startup.CancelAfter(TimeSpan.FromSeconds(15));
        var firstLine = await serve.Process.StandardOutput.ReadLineAsync(startup.Token);
        var baseUrl = new Uri(firstLine ?? throw new InvalidOperationException("serve printed nothing: " + await serve.Process.StandardError.ReadToEndAsync(Cancellation)));
        using var client = new HttpClient();

        var index = await client.GetStringAsync(baseUrl, Cancellation);
        using var page = await client.GetAsync(new Uri(baseUrl, "/us/dictionary/american/love"), Cancellation);
        var html = await page.Content.ReadAsStringAsync(Cancellation);
        var stats = await client.GetStringAsync(new Uri(baseUrl, "/__stats"), Cancellation);
        await serve.InterruptAsync(Cancellation);
        using var exit = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        exit.CancelAfter(TimeSpan.FromSeconds(5));
        await serve.Process.WaitForExitAsync(exit.Token);

        Assert.Equal("http", baseUrl.Scheme);
        Assert.Equal("127.0.0.1", baseUrl.Host);
        Assert.NotEqual(0, baseUrl.Port);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<ol class=\"senses\">", html, StringComparison.Ordinal);
        using var statsJson = JsonDocument.Parse(stats);
        Assert.Equal(JsonValueKind.Object, statsJson.RootElement.ValueKind);
        Assert.Equal(1, statsJson.RootElement.GetProperty("requests").GetInt64());
        Assert.Equal(0, serve.Process.ExitCode);
        Assert.Contains("<a href=\"/us/dictionary/american/love\">love</a>", index, StringComparison.Ordinal);
        var said = await serve.Process.StandardError.ReadToEndAsync(Cancellation);
        Assert.Contains($"Next, in another terminal: scraper lookup love --site macmillan --base-url {firstLine}", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fail-rate", "2", "scraper: --fail-rate must be a number from 0 to 1, not '2'")]
    [InlineData("--fail-rate", "0.6", "scraper: the fault rates add up to more than 1")]
    public async Task Serve_with_impossible_fault_rates_exits_2_with_one_line_on_stderr(string option, string value, string message)
    {
        string[] args = value == "0.6" ? ["serve", option, value, "--throttle-rate", "0.6"] : ["serve", option, value];

        // A serve that accepted the rates would run until Ctrl+C: the timeout turns that into a failure, not a hang.
        var (exitCode, output, error) = await BenchCli.RunAsync(args).WaitAsync(TimeSpan.FromSeconds(10), Cancellation);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith(message, Assert.Single(BenchCli.Lines(error)), StringComparison.Ordinal);
    }
}
