using Scraper.Output;
using Scraper.Results;

namespace Scraper.Tests.Output;

public sealed class AnkiResultWriterTests
{
    // Anki's manual, "Text Files" > "File Headers": #separator (Tab), #html (true), #columns (names joined by the
    // separator), "#tags column:N" and "#guid column:N" (1-based).
    private static readonly string[] AnkiHeaders =
        ["#separator:tab", "#html:true", "#columns:Front\tBack\tTags\tGuid", "#tags column:3", "#guid column:4"];

    [Fact]
    public async Task The_file_starts_with_Ankis_documented_headers_and_has_one_note_per_found_word_only()
    {
        var file = AnkiFile.Parse(await WriteAsync(SampleResults.All));

        Assert.Equal(AnkiHeaders, file.Headers);
        var note = Assert.Single(file.Notes);
        Assert.Equal("love <i>verb, noun</i> /lʌv/", note[0]);
        Assert.Equal("macmillan", note[2]);
        Assert.Equal("scraper:macmillan:love", note[3]);
    }

    [Fact]
    public async Task Ankis_importer_reads_the_headers_as_a_tab_separated_html_file_with_named_tags_and_guid_columns()
    {
        var file = AnkiFile.Parse(await WriteAsync(SampleResults.All));

        // As rslib's parse_meta_value reads them: every key one it knows, html a bool as Rust parses one,
        // the column names split by the file's own separator, the tags and guid columns 1-based into them.
        Assert.All(file.Settings.Keys, key => Assert.Contains(key, AnkiFile.KnownKeys));
        Assert.Equal('\t', AnkiFile.Separator(file.Settings));
        Assert.Equal("true", file.Settings["html"]);
        var columns = Assert.Single(AnkiFile.Records(file.Settings["columns"] + "\n", '\t'));
        Assert.Equal(["Front", "Back", "Tags", "Guid"], columns);
        Assert.Equal("Tags", columns[int.Parse(file.Settings["tags column"].Trim(), System.Globalization.CultureInfo.InvariantCulture) - 1]);
        Assert.Equal("Guid", columns[int.Parse(file.Settings["guid column"].Trim(), System.Globalization.CultureInfo.InvariantCulture) - 1]);
    }

    [Fact]
    public async Task The_back_numbers_the_definitions_with_their_examples_in_italics_and_letters_the_subsenses()
    {
        var back = AnkiFile.Parse(await WriteAsync([SampleResults.Love])).Notes[0][1];

        Assert.StartsWith("<div><b>love</b><sup>1</sup> <i>verb</i></div><ol><li>to have very strong feelings of affection for someone<ul><li><i>I love you.</i></li>", back, StringComparison.Ordinal);
        Assert.Contains("<ol type=\"a\"><li>to like something very much<ul><li><i>I love chocolate.</i></li></ul></li><li>to enjoy doing something</li></ol>", back, StringComparison.Ordinal);
        Assert.Contains("<li><i>She loved her brother, but &quot;hated&quot; him too, somehow.</i></li>", back, StringComparison.Ordinal);
        Assert.EndsWith("<div><b>love</b><sup>2</sup> <i>noun</i></div><ol><li>a very strong feeling of affection for someone<ul><li><i>Their love, lasting fifty years, was an inspiration.</i></li></ul></li></ol>", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_definition_holding_a_tab_a_newline_angle_brackets_an_ampersand_and_quotes_survives_in_its_field()
    {
        const string Definition = "a mark\tlike <q> & \"q\"\nin the margin";
        const string Example = "\"Quoted\" at the start\r\nand <b>not bold</b>";
        var result = Found("#hashtag", new Entry("#hashtag", null, "noun", "/ˈhæʃ.tæɡ/", [new Sense(Definition, [Example], [])]));

        var file = AnkiFile.Parse(await WriteAsync([result]));

        var note = Assert.Single(file.Notes);
        Assert.Equal("#hashtag noun /ˈhæʃ.tæɡ/", AnkiFile.Shown(note[0]).Replace("  ", " ", StringComparison.Ordinal).Trim());
        Assert.DoesNotContain("#", note[0][..1], StringComparison.Ordinal);
        Assert.Contains("a mark\tlike <q> & \"q\"\nin the margin", AnkiFile.Shown(note[1]), StringComparison.Ordinal);
        Assert.Contains("\"Quoted\" at the start\nand <b>not bold</b>", AnkiFile.Shown(note[1]), StringComparison.Ordinal);
        Assert.DoesNotContain('"', note[1]);
        Assert.Equal("scraper:macmillan:%23hashtag", note[3]);
    }

    [Fact]
    public async Task A_continued_file_gets_no_second_header_and_a_run_with_no_note_still_writes_the_header()
    {
        Assert.Equal(string.Join('\n', AnkiHeaders) + "\n", await WriteAsync([SampleResults.Jumblish]));

        var continued = await WriteAsync([SampleResults.Love], continuing: true);

        Assert.False(continued.StartsWith('#'));
        Assert.Single(continued.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void The_guid_gives_back_the_word_whatever_it_holds()
    {
        foreach (var word in new[] { "love", "ice cream", "don't", "a:b", "café", "x\ty" })
        {
            Assert.Equal(word, AnkiGuid.KeywordOf(AnkiGuid.Of("macmillan-uk", word)));
        }

        Assert.Null(AnkiGuid.KeywordOf("k3!xQ9"));
    }

    private static LookupResult Found(string keyword, Entry entry) =>
        new() { Keyword = keyword, Url = "https://example.test/" + keyword, Status = LookupStatus.Found, Entries = [entry] };

    private static async Task<string> WriteAsync(IEnumerable<LookupResult> results, bool continuing = false)
    {
        await using var text = new StringWriter();
        await using (var writer = ResultWriters.Create(ResultFormat.Anki, text, continuing, site: "macmillan"))
        {
            foreach (var result in results)
            {
                await writer.WriteAsync(result, TestContext.Current.CancellationToken);
            }
        }

        return text.ToString();
    }
}
