using System.Text;
using System.Text.Json;
using Scraper.Caching;
using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>
/// Pages are decoded as a browser decodes them (WHATWG): a byte order mark first, then the Content-Type charset, then
/// a &lt;meta&gt; charset, then UTF-8; through a real server and `scraper lookup`, and through the --cache and back.
/// </summary>
public sealed class PageEncodingTests : IAsyncLifetime
{
    private const string Path = JsonResults.Prefix + "blinter";
    private RawPageServer server = null!;

    public async ValueTask InitializeAsync() => server = await RawPageServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("windows-1252 declared only in <meta charset>")]
    [InlineData("ISO-8859-1 declared only in <meta http-equiv>, no Content-Type at all")]
    [InlineData("UTF-16 with a BOM, no charset anywhere")]
    [InlineData("UTF-8 with a BOM and a Content-Type saying ISO-8859-1")]
    [InlineData("UTF-8 by its Content-Type, with a <meta> saying windows-1252")]
    [InlineData("windows-1252 by its Content-Type alone")]
    [InlineData("UTF-8 with no charset anywhere")]
    public async Task The_page_reads_as_the_site_wrote_it(string page)
    {
        // Arrange
        server.Serve(Path, page switch
        {
            "windows-1252 declared only in <meta charset>" => EncodedPage.Answer(EncodedPage.Windows1252, "<meta charset=\"windows-1252\">", "text/html"),
            "ISO-8859-1 declared only in <meta http-equiv>, no Content-Type at all" =>
                EncodedPage.Answer(Encoding.Latin1, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", null),
            "UTF-16 with a BOM, no charset anywhere" => EncodedPage.Answer(Encoding.Unicode, "", "text/html", bom: true),
            "UTF-8 with a BOM and a Content-Type saying ISO-8859-1" => EncodedPage.Answer(Encoding.UTF8, "", "text/html; charset=iso-8859-1", bom: true),
            "UTF-8 by its Content-Type, with a <meta> saying windows-1252" => EncodedPage.Answer(Encoding.UTF8, "<meta charset=\"windows-1252\">", "text/html; charset=UTF-8"),
            "windows-1252 by its Content-Type alone" => EncodedPage.Answer(EncodedPage.Windows1252, "", "text/html; charset=\"windows-1252\""),
            _ => EncodedPage.Answer(Encoding.UTF8, "", "text/html"),
        });

        // Act
        var run = await LookupAsync();

        // Assert
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        Assert.Equal((EncodedPage.Definition, EncodedPage.Example), FirstSense(result));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task A_windows_1252_page_reads_the_same_from_the_cache_which_keeps_its_bytes_and_its_Content_Type()
    {
        // Arrange
        using var cache = new TempDirectory();
        var served = EncodedPage.Answer(EncodedPage.Windows1252, "<meta charset=\"windows-1252\">", "text/html");
        server.Serve(Path, served);
        var fetched = await LookupAsync("--cache", cache.Path);

        // Act
        var cached = await LookupAsync("--cache", cache.Path, "--cache-only");

        // Assert
        Assert.Equal(1, server.RequestsTo(Path));
        Assert.Equal((EncodedPage.Definition, EncodedPage.Example), FirstSense(JsonResults.Single(fetched.Out)));
        Assert.Equal((EncodedPage.Definition, EncodedPage.Example), FirstSense(JsonResults.Single(cached.Out)));
        var stored = await new DiskCache(cache.Path).ReadAsync(new Uri(server.BaseUrl, Path), TestContext.Current.CancellationToken);
        Assert.Equal(served.Body, stored!.Body.ToArray());
        Assert.Equal("text/html", stored.Entry.ContentType);
        Assert.Equal(0, cached.ExitCode);
    }

    private static (string?, string?) FirstSense(JsonElement result)
    {
        var sense = result.Entries()[0].GetProperty("senses")[0];
        return (sense.GetProperty("definition").GetString(), sense.GetProperty("examples")[0].GetString());
    }

    private Task<CliRun> LookupAsync(params string[] options) =>
        CliRun.RunAsync(["lookup", "blinter", .. options, "--format", "json", "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri]);
}
