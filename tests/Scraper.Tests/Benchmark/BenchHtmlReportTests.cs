using Scraper.Tests.Cli;
using System.Text.RegularExpressions;
using Scraper.LocalSite;
using Scraper.Tests.Support;
using static Scraper.Tests.Cli.BatchFiles;

namespace Scraper.Tests.Benchmark;

/// <summary>`bench --report PATH.html`: one self-contained page that a real browser (headless Chromium) lays out whole.</summary>
public sealed class BenchHtmlReportTests : IAsyncDisposable
{
    private static readonly string[] Sections = ["sweep", "bounds", "runs", "phases", "histogram", "timeline"];
    private readonly BatchWorkspace workspace = new();

    public ValueTask DisposeAsync() => workspace.DisposeAsync();

    [Fact]
    public async Task The_page_fetches_nothing_and_chromium_renders_every_section_with_its_charts_and_no_error()
    {
        // Arrange: a sweep, so that every section is there; words that need escaping in HTML
        Assert.SkipUnless(HeadlessChromium.Installed, $"{HeadlessChromium.Path} is not installed (Debian package chromium; .ci/run installs it)");
        await workspace.StartSiteAsync(new LocalSiteOptions { LatencyMs = 20 });
        var page = workspace.PathOf("report.html");
        var blank = workspace.PathOf("blank.html");
        await File.WriteAllTextAsync(blank, "<!DOCTYPE html><html><head><title>blank</title></head><body><p>.</p></body></html>", TestContext.Current.CancellationToken);

        // Act
        var run = await CliRun.RunAsync(["bench", .. Words(6), "<b>&", "-c", "1,3", "--report", page, "--base-url", workspace.BaseUrl]);
        var (dom, log) = await HeadlessChromium.DumpDomAsync(page);
        var screenshotLog = await HeadlessChromium.ScreenshotAsync(page, workspace.PathOf("report.png"), 2400);
        await HeadlessChromium.ScreenshotAsync(blank, workspace.PathOf("blank.png"), 2400);

        // Assert: self-contained
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var html = await File.ReadAllTextAsync(page, TestContext.Current.CancellationToken);
        foreach (var outside in new[] { "<script", "<link", "src=", "href=", "@import", "url(", "<img", "<iframe" })
        {
            Assert.DoesNotContain(outside, html, StringComparison.OrdinalIgnoreCase);
        }

        // Assert: every section is there once, none inside another (an element left open would nest the rest in it)
        var sections = Regex.Matches(dom, "<section id=\"([a-z]+)\">(.*?)</section>", RegexOptions.Singleline);
        Assert.Equal(Sections, sections.Select(m => m.Groups[1].Value));
        Assert.All(sections, m => Assert.DoesNotContain("<section", m.Groups[2].Value, StringComparison.Ordinal));
        Assert.All(sections.Where(m => m.Groups[1].Value != "runs"), m => Assert.Contains("<svg", m.Groups[2].Value, StringComparison.Ordinal));
        Assert.Matches(@"<li>async c=3: bound: latency waves [\d.]+ (s|ms); measured [\d.]+ (s|ms) = [\d.]+×", dom);
        Assert.Contains("&lt;b&gt;&amp;:", dom, StringComparison.Ordinal);

        // Assert: no error in the page, and the screenshot has far more on it than a blank page's
        Assert.DoesNotMatch("CONSOLE|Uncaught|SyntaxError", log + screenshotLog);
        Assert.True(new FileInfo(workspace.PathOf("report.png")).Length > 5 * new FileInfo(workspace.PathOf("blank.png")).Length, "the screenshot is nearly blank");
    }
}
