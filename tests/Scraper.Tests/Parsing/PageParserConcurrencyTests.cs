using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Scraper.Parsing;

namespace Scraper.Tests.Parsing;

public sealed class PageParserConcurrencyTests
{
    private const int Threads = 4;
    private const int Rounds = 600;

    // Every fixture page of every site, each with its own profile's parser: different documents, different selectors.
    private static readonly (string Profile, string Folder)[] Sites =
    [
        ("macmillan-uk", "macmillan"), ("macmillan-archive", "macmillan-archive"), ("cambridge", "cambridge"),
        ("collins", "collins"), ("longman", "longman"), ("oxford", "oxford"), ("merriam-webster", "merriam-webster"),
        ("wiktionary", "wiktionary"),
    ];

    [Fact]
    public void Threads_that_parse_different_whole_pages_at_the_same_moment_read_each_as_it_reads_alone()
    {
        // Arrange
        var pages = Sites.SelectMany(site => Pages(new SiteFixtures(site.Profile, site.Folder), site.Folder)).ToArray();
        var alone = pages.Select(p => EntryRendering.Render(p.Parse())).ToArray();
        var differences = new ConcurrentQueue<string>();
        using var start = new Barrier(Threads);

        // Act: in every round the threads leave the barrier together, each with another page.
        var workers = Enumerable.Range(0, Threads).Select(thread => new Thread(() =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                var index = (thread + round) % pages.Length;
                start.SignalAndWait(TestContext.Current.CancellationToken);
                string read;
                try
                {
                    read = EntryRendering.Render(pages[index].Parse());
                }
                catch (Exception ex)
                {
                    read = $"threw {ex.GetType().Name}: {ex.Message}";
                }

                if (read != alone[index])
                {
                    differences.Enqueue($"round {round}, {pages[index].Name}: {read}");
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        // Assert
        Assert.True(pages.Length >= 20, $"only {pages.Length} pages");
        Assert.Empty(differences);
    }

    [Fact]
    public void Every_thread_parses_with_a_parser_of_its_own_and_keeps_it()
    {
        // AngleSharp advises a parser (a browsing context) per thread; version 1.10 happens to survive a shared one
        // in the test above, so that test cannot tell whether each thread has its own. This one can.
        HtmlParser? first = null, firstAgain = null, second = null;
        var one = new Thread(() => (first, firstAgain) = (PageDocuments.ThreadParser, PageDocuments.ThreadParser));
        var two = new Thread(() => second = PageDocuments.ThreadParser);

        one.Start();
        one.Join();
        two.Start();
        two.Join();

        Assert.NotNull(first);
        Assert.Same(first, firstAgain);
        Assert.NotSame(first, second);
    }

    private static IEnumerable<Page> Pages(SiteFixtures site, string folder) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*.html")
            .Order(StringComparer.Ordinal)
            .Select(path => Path.GetFileName(path))
            .Select(file => new Page($"{folder}/{file}", site.Read(file), site.Url(Path.GetFileNameWithoutExtension(file).Split('-')[0]), site));

    private sealed record Page(string Name, string Html, Uri Url, SiteFixtures Site)
    {
        public ParsedPage Parse() => Site.Parser.ParseHtml(Html, Url);
    }
}
