using Scraper.Results;

namespace Scraper.Tests.Parsing;

/// <summary>
/// Every profile on an invented page of its site's shape in which a wrapper (a span or div) sits between each field and
/// the block it belongs to: the field is still read, and nested sub-senses, idiom and phrase blocks, run-on headers and
/// "extra examples" are still left out. (Merriam-Webster's are in <see cref="MerriamWebsterLayoutTests"/>.)
/// </summary>
public sealed class WrappedFieldsTests
{
    [Fact]
    public void Cambridge_reads_a_wrapped_header_and_example_and_not_the_run_on_words_header()
    {
        Assert.Equal(
            Render(new Entry("tarrow", null, "verb", "/ˈtær.əʊ/",
            [
                new Sense("to rake a field into narrow rows", ["They tarrowed the lower field before the rain."], []),
            ])),
            Read("cambridge", "tarrow-wrapped.html", "tarrow", out var page));
        Assert.Equal(["https://dictionary.cambridge.org/media/uk/tarrow.mp3"], page.Entries[0].Audio.Select(a => a.Url));
        PageAssert.NotRead(page, "More examples");
    }

    [Fact]
    public void Collins_reads_wrapped_parts_of_speech_definitions_and_cross_references_and_not_an_idiom()
    {
        Assert.Equal(
            Render(new Entry("tarrow", null, "verb", "/ˈtærəʊ/",
            [
                new Sense("If you tarrow a field, you rake it into narrow rows.", ["We tarrowed the top field."],
                    [new Subsense("Tarrow is also a noun.", ["The tarrows ran down to the stream."])]),
                new Sense("tarrow rake", [], []),
            ])),
            Read("collins", "tarrow-wrapped.html", "tarrow", out var page));
        PageAssert.NotRead(page, "An idiom's sense");
    }

    [Fact]
    public void Longman_reads_wrapped_senses_and_definitions_and_not_a_phrasal_verb_or_a_thesaurus_box()
    {
        Assert.Equal(
            Render(new Entry("tarrow", 1, "verb", "/ˈtærəʊ/",
            [
                new Sense("to rake a field into narrow rows", ["They tarrowed the field in a day."],
                    [new Subsense("to rake anything into rows", ["She tarrowed the gravel path."])]),
                new Sense("→ tarrow rake", [], []),
            ])),
            Read("longman", "tarrow-wrapped.html", "tarrow", out var page));
        Assert.Single(page.Entries[0].Audio);
        PageAssert.NotRead(page, "phrasal verb's sense", "thesaurus box");
    }

    [Fact]
    public void Macmillan_reads_wrapped_definitions_and_examples_and_not_a_thesaurus_box()
    {
        Assert.Equal(
            Render(new Entry("tarrow", null, "verb", "/ˈtærəʊ/",
            [
                new Sense("to rake a field into narrow rows", ["They tarrowed the lower field."],
                    [new Subsense("to rake anything into rows", ["She tarrowed the gravel."])]),
            ])),
            Read("macmillan-uk", "macmillan", "tarrow-wrapped.html", "tarrow", out var page));
        PageAssert.NotRead(page, "thesaurus box");
    }

    [Fact]
    public void Oxford_reads_wrapped_sense_lists_definitions_and_examples_and_not_idioms_or_extra_examples()
    {
        Assert.Equal(
            Render(new Entry("tarrow", null, "verb", "/ˈtærəʊ/",
            [
                new Sense("to rake a field into narrow rows", ["They tarrowed the lower field."], []),
                new Sense("to set anything out in rows", ["She tarrowed the chairs."], []),
            ])),
            Read("oxford", "tarrow-wrapped.html", "tarrow", out var page));
        PageAssert.NotRead(page, "extra example", "idiom");
    }

    [Fact]
    public void Wiktionary_reads_sections_headwords_senses_and_examples_through_their_wrappers()
    {
        Assert.Equal(
            Render(new Entry("tarrow", null, "verb", "/ˈtæɹ.oʊ/",
            [
                new Sense("To rake (a field) into narrow rows.", ["We tarrowed the top field."], [new Subsense("To set anything out in rows.", [])]),
            ])),
            Read("wiktionary", "tarrow-wrapped.html", "tarrow", out var page));
        PageAssert.NotRead(page, "quotation", "Dutch");
    }

    private static string Read(string profile, string fileName, string slug, out Scraper.Parsing.ParsedPage page) =>
        Read(profile, profile, fileName, slug, out page);

    private static string Read(string profile, string folder, string fileName, string slug, out Scraper.Parsing.ParsedPage page)
    {
        page = new SiteFixtures(profile, folder).Parse(fileName, slug);
        return string.Concat(page.Entries.Select(EntryRendering.Render));
    }

    private static string Render(Entry entry) => EntryRendering.Render(entry);
}
