using Scraper.Tests.Cli;
using Scraper.Tests.Output;
using Scraper.Tests.Support;

namespace Scraper.Tests.Output;

/// <summary>--format anki and markdown through the real command line against a local server, read back as Anki and a reader would.</summary>
public sealed class StudyFormatTests : IAsyncLifetime
{
    private const string Prefix = JsonResults.Prefix;
    private readonly TempDirectory folder = new();
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Serve(Prefix + "quillet", "quillet-marks.html")
            .Serve(Prefix + "florp", "florp_1.html")
            .Serve(Prefix + "florp_2", "florp_2.html")
            .Serve(Prefix + "snargle", "snargle-notfound.html");
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Anki_from_stdin_to_a_file_has_one_note_per_found_word_whose_fields_read_back_whole()
    {
        // Arrange
        var output = Path.Combine(folder.Path, "cards.txt");

        // Act
        var run = await CliRun.RunWithStdinAsync(
            "quillet\nsnargle\nflorp\n",
            ["lookup", "-f", "-", "--format", "anki", "-o", output, "--site", "macmillan-uk", "--base-url", server.BaseUrl.AbsoluteUri]);

        // Assert: exit 1 (a word not found), and the word without a note named on stderr
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("1 word(s) have no Anki note: snargle (not-found)", StringComparison.Ordinal));
        var file = AnkiFile.Parse(File.ReadAllText(output));
        Assert.Equal(["#separator:tab", "#html:true", "#columns:Front\tBack\tTags\tGuid", "#tags column:3", "#guid column:4"], file.Headers);
        Assert.Equal(["scraper:macmillan-uk:florp", "scraper:macmillan-uk:quillet"], file.Notes.Select(n => n[3]).Order());
        var quillet = file.Notes.Single(n => n[3].EndsWith(":quillet", StringComparison.Ordinal));
        Assert.Equal("quillet <i>noun</i> /ˈkwɪlɪt/", quillet[0]);
        Assert.Equal("macmillan-uk", quillet[2]);
        var back = AnkiFile.Shown(quillet[1]);
        Assert.Contains("a mark such as <q> & \"q\" written in the margin", back, StringComparison.Ordinal);
        Assert.Contains("She drew a quillet & a <star> beside each line.", back, StringComparison.Ordinal);
        Assert.Contains("<li>a small, fussy objection<ol type=\"a\"><li>an objection made only to delay<ul><li><i>Spare me your quillets *now* [please].</i></li></ul></li></ol></li>", quillet[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_to_stdout_is_a_glossary_in_keyword_order_with_the_not_found_words_and_their_suggestions()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "snargle", "quillet", "--format", "markdown");

        // Assert
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("## snargle\n\n*Not found.* Did you mean: snarl, snarled, gargle, spangle?\n\n## quillet\n\n**quillet** *noun* /ˈkwɪlɪt/\n\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("1. a mark such as \\<q\\> \\& \"q\" written in the margin\n   - *She drew a quillet \\& a \\<star\\> beside each line.*\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("   - (a) an objection made only to delay\n     - *Spare me your quillets \\*now\\* \\[please\\].*\n", run.Out, StringComparison.Ordinal);
    }
}
