using Scraper.Sites;

namespace Scraper.Tests.Sites;

public sealed class PageAddressTests
{
    private static readonly SiteProfile Macmillan = SiteCatalog.Find("macmillan")!;

    private static readonly SiteProfile Wiktionary = Macmillan with
    {
        Name = "wiktionary",
        Origin = new Uri("https://en.wiktionary.org"),
        PathTemplate = "/wiki/{slug}",
        SlugRule = SlugRule.Title,
    };

    // No base URL, a local server, and an archive proxy whose path prefix holds the original origin.
    private static readonly string?[] BaseUrls =
    [
        null,
        "http://127.0.0.1:5123",
        "https://web.archive.org/web/2023id_/https://www.macmillandictionary.com/",
    ];

    // Keyword, its Dashed slug, its Title slug.
    public static readonly TheoryData<string, string, string> Words = new()
    {
        { "../../etc/passwd", "etc-passwd", "..%2F..%2Fetc%2Fpasswd" },
        { "a/b", "a-b", "a%2Fb" },
        { "?x=1#y", "x-1-y", "%3Fx%3D1%23y" },
        { "%2e%2e", "2e-2e", "%252e%252e" },
        { "a\\b", "a-b", "a%5Cb" },
        { "@evil.example", "evil-example", "%40evil.example" },
        { "http://evil.example/x", "http-evil-example-x", "http%3A%2F%2Fevil.example%2Fx" },
        { "\u001b[31mred", "31mred", "%5B31mred" },
        { "red\r\nHost: evil.example", "red-host-evil-example", "red_Host%3A_evil.example" },
        { "café", "cafe", "caf%C3%A9" },
        { "naïve", "naive", "na%C3%AFve" },
        { "ice cream", "ice-cream", "ice_cream" },
        { "don't", "don-t", "don%27t" },
        { "Love", "love", "Love" },
        { "..", "", "%2E%2E" },
        { ".", "", "%2E" },
    };

    public static readonly TheoryData<string, string?> KnownUrls = new()
    {
        { "https://www.macmillandictionary.com/us/dictionary/american/etc-passwd", null },
        { "http://127.0.0.1:5123/us/dictionary/american/etc-passwd", "http://127.0.0.1:5123" },
        {
            "https://web.archive.org/web/2023id_/https://www.macmillandictionary.com/us/dictionary/american/etc-passwd",
            "https://web.archive.org/web/2023id_/https://www.macmillandictionary.com/"
        },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void TryBuild_Dashed_PutsTheSlugInOneSegmentOnTheOrigin(string keyword, string slug, string titleSlug)
    {
        _ = titleSlug;
        foreach (var baseUrl in BaseUrls)
        {
            AssertAddress(Macmillan, baseUrl, keyword, slug);
        }
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void TryBuild_Title_PutsTheSlugInOneSegmentOnTheOrigin(string keyword, string dashedSlug, string slug)
    {
        _ = dashedSlug;
        foreach (var baseUrl in BaseUrls)
        {
            AssertAddress(Wiktionary, baseUrl, keyword, slug);
        }
    }

    [Theory]
    [MemberData(nameof(KnownUrls))]
    public void TryBuild_HostileLine_GivesThisExactUrl(string expected, string? baseUrl)
    {
        Assert.True(PageAddress.TryBuild(Macmillan, Uri(baseUrl), "../../etc/passwd", out var url, out _));
        Assert.Equal(expected, url.AbsoluteUri);
    }

    [Fact]
    public void TryBuild_ALineOfTenThousandCharacters_IsRefused()
    {
        var line = new string('a', 10_000);

        Assert.False(PageAddress.TryBuild(Macmillan, null, line, out var url, out var error));
        Assert.Null(url);
        Assert.Equal("longer than 100 characters", error);
        Assert.False(PageAddress.TryBuild(Wiktionary, null, line, out _, out error));
        Assert.Equal("longer than 100 characters", error);
    }

    [Fact]
    public void TryBuild_HundredCharacters_IsAccepted()
    {
        Assert.True(PageAddress.TryBuild(Wiktionary, null, new string('é', 100), out _, out _));
        Assert.True(PageAddress.TryBuild(Macmillan, null, new string('a', 100), out _, out _));
        Assert.False(PageAddress.TryBuild(Macmillan, null, new string('a', 101), out _, out _));
    }

    [Fact]
    public void Describe_NoLettersOrDigits_GivesTheTemplateWithAnEmptySlug()
    {
        Assert.Equal("https://www.macmillandictionary.com/us/dictionary/american/", PageAddress.Describe(Macmillan, null, "../"));
    }

    [Fact]
    public void Describe_TooLong_CutsTheSlugShort()
    {
        var described = PageAddress.Describe(Macmillan, new Uri("http://127.0.0.1:5123"), new string('a', 10_000));

        Assert.Equal("http://127.0.0.1:5123/us/dictionary/american/" + new string('a', 100) + "...", described);
    }

    [Fact]
    public void Describe_AWord_GivesItsUrl()
    {
        Assert.Equal("https://www.macmillandictionary.com/us/dictionary/american/ice-cream", PageAddress.Describe(Macmillan, null, "Ice Cream"));
    }

    [Fact]
    public void TryBuild_BaseUrlWithQuery_KeepsOnlyItsPath()
    {
        Assert.True(PageAddress.TryBuild(Macmillan, new Uri("http://127.0.0.1:5123/mirror/?a=1#b"), "love", out var url, out _));
        Assert.Equal("http://127.0.0.1:5123/mirror/us/dictionary/american/love", url.AbsoluteUri);
    }

    [Fact]
    public void FromLink_ALinkToTheArchivedSite_GoesBackThroughTheArchive()
    {
        var archive = SiteCatalog.Find("macmillan-archive")!;
        var link = new Uri("https://www.macmillandictionary.com/us/dictionary/american/love_2");

        Assert.Equal(
            "https://web.archive.org/web/20230601id_/https://www.macmillandictionary.com/us/dictionary/american/love_2",
            PageAddress.FromLink(archive, null, link)!.AbsoluteUri);
        Assert.Equal(
            "http://127.0.0.1:5123/web/20230601id_/https://www.macmillandictionary.com/us/dictionary/american/love_2",
            PageAddress.FromLink(archive, new Uri("http://127.0.0.1:5123"), link)!.AbsoluteUri);
    }

    [Fact]
    public void TryBuild_AnArchiveProfile_AsksForItsTimestamp()
    {
        var archive = SiteCatalog.Find("macmillan-archive")! with { ArchiveTimestamp = "2022" };

        Assert.True(PageAddress.TryBuild(archive, new Uri("http://127.0.0.1:5123"), "love", out var url, out _));
        Assert.Equal("http://127.0.0.1:5123/web/2022id_/https://www.macmillandictionary.com/us/dictionary/american/love", url.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://www.macmillandictionary.com/dictionary/british/love_2")]
    [InlineData("https://evil.example/us/dictionary/american/love_2")]
    [InlineData("https://www.macmillandictionary.com/")]
    [InlineData("https://www.macmillandictionary.com/us/dictionary/american/..")]
    public void FromLink_ALinkThatDoesNotEndTheTemplate_IsNotFollowed(string link)
    {
        Assert.Null(PageAddress.FromLink(SiteCatalog.Find("macmillan-archive")!, null, new Uri(link)));
    }

    private static void AssertAddress(SiteProfile profile, string? baseUrl, string keyword, string slug)
    {
        var origin = Uri(baseUrl) ?? profile.Origin;
        var prefix = origin.AbsoluteUri.TrimEnd('/');

        if (!PageAddress.TryBuild(profile, Uri(baseUrl), keyword, out var url, out var error))
        {
            Assert.Equal("", slug);
            Assert.Equal("no letters or digits to look up", error);
            return;
        }

        Assert.Equal(prefix + profile.PathTemplate.Replace("{slug}", slug, StringComparison.Ordinal), url.AbsoluteUri);
        Assert.Equal(origin.Scheme, url.Scheme);
        Assert.Equal(origin.Host, url.Host);
        Assert.Equal(origin.Port, url.Port);
        Assert.Equal(new Uri(prefix + profile.PathTemplate.Replace("{slug}", "x", StringComparison.Ordinal)).Segments.Length, url.Segments.Length);
        Assert.Equal(slug, url.Segments[^1]);
        Assert.Empty(url.Query);
        Assert.Empty(url.Fragment);
    }

    private static Uri? Uri(string? text) => text is null ? null : new Uri(text);
}
