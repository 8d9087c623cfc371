using System.Text;
using System.Xml.Linq;
using Scraper.Cli.Shell;
using Scraper.Keywords;
using Scraper.LocalSite;
using Scraper.Results;
using Scraper.Sites;
using Scraper.Tests.Cli;
using Scraper.Tests.Support;
using Serilog.Core;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Remembered;

/// <summary>Any Unicode text is data, never a crash; and nothing read from a file the user can edit reaches the terminal raw.</summary>
public sealed class AnyTextIsDataTests : IDisposable
{
    private readonly TestHome home = new();

    public void Dispose() => home.Dispose();

    [Theory]
    [InlineData("caf\uFFFE")]
    [InlineData("\uFFFFe\u0301")]
    [InlineData("x\uFDD0\uD83F\uDFFE")]
    [InlineData("lone \uD800 half")]
    public void Normalizing_a_keyword_with_noncharacters_or_halves_of_characters_never_throws_and_composes_the_rest(string keyword)
    {
        // Act
        var formC = UnicodeForm.Normalize(keyword, NormalizationForm.FormC);
        var formKD = UnicodeForm.Normalize(keyword, NormalizationForm.FormKD);

        // Assert
        Assert.DoesNotContain('\uD800', formC);
        Assert.Equal(formC.Replace("\u00E9", "e\u0301", StringComparison.Ordinal), formKD.Replace("\u00E9", "e\u0301", StringComparison.Ordinal));
        Assert.DoesNotContain("e\u0301", formC, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyword_with_U_FFFE_in_a_batch_is_one_words_result_and_the_others_are_found()
    {
        // Arrange
        await using var site = await Site.StartAsync(new LocalSiteOptions(), TestContext.Current.CancellationToken);

        // Act
        var run = await home.RunAsync("lookup", "apple", "ban\uFFFEana", "\uFFFF", "--format", "json", "--base-url", site.BaseUrl.AbsoluteUri);

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(3, results.Count);
        Assert.Equal("found", results[0].Status());
        Assert.DoesNotContain('\uFFFE', run.Out);
        Assert.NotEqual(70, run.ExitCode);
        Assert.InRange(run.ExitCode, 0, 1);
    }

    [Fact]
    public async Task A_bench_keyword_with_U_FFFF_leaves_a_whole_timeline_a_raw_file_and_a_report()
    {
        // Arrange
        var words = Path.Combine(home.Root, "words.txt");
        await File.WriteAllTextAsync(words, "apple\nban\uFFFFana\n", TestContext.Current.CancellationToken);
        var svg = Path.Combine(home.Root, "t.svg");
        var raw = Path.Combine(home.Root, "r.csv");

        // Act
        var run = await home.RunAsync("bench", "-f", words, "--latency", "0", "--timeline", svg, "--raw", raw, "--format", "json");

        // Assert
        Assert.NotEqual(70, run.ExitCode);
        Assert.Contains("\"speedup\"", run.Out, StringComparison.Ordinal);
        Assert.NotEmpty(XDocument.Load(svg).Descendants());
        Assert.True(File.ReadAllLines(raw).Length > 1);
    }

    [Fact]
    public async Task Escape_sequences_in_a_hand_edited_history_never_reach_the_terminal()
    {
        // Arrange
        Directory.CreateDirectory(Path.GetDirectoryName(home.HistoryPath)!);
        await File.WriteAllTextAsync(
            home.HistoryPath,
            "{\"at\":\"2026-01-01T00:00:00+00:00\",\"word\":\"\\u001b]0;pwned\\u0007red\\u001b[31m\",\"site\":\"macmillan\",\"status\":\"found\",\"url\":\"http://x/\\u009b2J\"}\n",
            TestContext.Current.CancellationToken);

        // Act
        var run = await home.RunAsync("history");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("red", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Out + run.Error, c => c is '\x1b' or '\x07' or '\x9b');
    }

    [Fact]
    public void Escape_sequences_in_a_hand_edited_shell_history_are_not_recalled()
    {
        // Arrange
        var path = Path.Combine(home.Root, "shell-history");
        File.WriteAllText(path, "apple\n\x1b[2J\x1b]0;title\x07pear\n\u009B31mplum\n");

        // Act
        var lines = new ShellHistoryFile(path, Logger.None).Load();

        // Assert
        Assert.Equal(["apple", "pear", "plum"], lines);
    }

    [Fact]
    public void Escape_sequences_in_a_site_files_name_and_description_are_cleaned()
    {
        // Arrange
        var path = Path.Combine(home.Root, "site.json");
        File.WriteAllText(path, SiteFiles.Plainwords(new Uri("http://127.0.0.1:9/")).Replace("\"plainwords\"", "\"plain\\u001b[31mwords\\u0007\"", StringComparison.Ordinal));

        // Act
        var profile = SiteProfileFile.Load(path);

        // Assert
        Assert.Equal("plain[31mwords", profile.Name);
        Assert.Equal(CleanText.Of(profile.Name), profile.Name);
    }
}
