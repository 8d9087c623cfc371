using System.Text;
using System.Text.Json.Nodes;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Remembered;

/// <summary>A default cache whose files were cut or garbled: a lookup that the site can answer still answers, without a stack trace.</summary>
public sealed class CorruptCacheTests : IDisposable
{
    private readonly TestHome home = new();

    public void Dispose() => home.Dispose();

    [Theory]
    [InlineData("cut in half")]
    [InlineData("empty")]
    [InlineData("garbage first line")]
    [InlineData("status 503")]
    [InlineData("final URL on another scheme")]
    [InlineData("unknown charset")]
    [InlineData("body of garbage")]
    public async Task A_spoiled_cache_file_never_stops_a_lookup_the_site_can_answer(string spoil) => await SpoiledAsync(spoil);

    [Theory]
    [InlineData("etag with a line break")]
    [InlineData("last-modified with a line break")]
    public async Task Spoiled_validators_in_a_cache_dir_never_stop_a_lookup_the_site_can_answer(string spoil) =>
        await SpoiledAsync(spoil, "--cache", Path.Combine(home.Root, "own-cache"));

    private async Task SpoiledAsync(string spoil, params string[] cacheOptions)
    {
        // Arrange: apple's page cached, then its file spoiled
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);
        var first = await home.RunAsync(["lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri, "--format", "json", .. cacheOptions]);
        var file = Assert.Single(Directory.GetFiles(cacheOptions.Length > 0 ? cacheOptions[1] : home.CacheDirectory, "*.page", SearchOption.AllDirectories));
        await File.WriteAllBytesAsync(file, Spoil(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), spoil), TestContext.Current.CancellationToken);

        // Act
        var run = await home.RunAsync(["lookup", "apple", "--base-url", site.BaseUrl.AbsoluteUri, "--format", "json", .. cacheOptions]);

        // Assert
        Assert.Equal(0, first.ExitCode);
        Assert.True(run.ExitCode == 0, run.Error);
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        Assert.Equal(JsonResults.Single(first.Out).GetProperty("entries").GetRawText(), result.GetProperty("entries").GetRawText());
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("   at ", StringComparison.Ordinal));
        Assert.InRange(run.ErrorLines.Count(l => l.Contains("WRN", StringComparison.Ordinal)), 0, 1);
    }

    private static byte[] Spoil(byte[] bytes, string spoil)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n');
        var entry = JsonNode.Parse(bytes.AsSpan(0, newline))!;
        var body = bytes[(newline + 1)..];
        switch (spoil)
        {
            case "cut in half":
                return bytes[..(bytes.Length / 2)];
            case "empty":
                return [];
            case "garbage first line":
                return [0x00, 0xFF, 0x1B, (byte)'[', (byte)'2', (byte)'J', (byte)'\n', .. body];
            case "status 503":
                entry["statusCode"] = 503;
                break;
            case "final URL on another scheme":
                entry["finalUrl"] = "file:///etc/passwd";
                break;
            case "unknown charset":
                entry["contentType"] = "text/html; charset=no-such-charset";
                break;
            case "etag with a line break":
                entry["etag"] = "\"abc\"\r\nX-Injected: 1";
                break;
            case "last-modified with a line break":
                entry["lastModified"] = "Tue, 01 Jul 2025 10:00:00 GMT\r\nX-Injected: 1";
                break;
            case "body of garbage":
                body = [.. Enumerable.Range(0, body.Length).Select(i => (byte)(i * 7))];
                break;
        }

        return [.. Encoding.UTF8.GetBytes(entry.ToJsonString()), (byte)'\n', .. body];
    }
}
