namespace Scraper.Tests.Cli;

/// <summary>Site profile files a test writes into a folder of its own, deleted when the test ends.</summary>
internal sealed class SiteFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("scraper-sitefile-").FullName;

    /// <summary>The tests' own "Plainwords" site (Fixtures/sitefile), with comments and trailing commas as people write them.</summary>
    public static string Plainwords(Uri origin, string checkWords = "\"kettle\"") => $$"""
        {
          // A made-up dictionary whose pages the tests serve.
          "name": "plainwords",
          "description": "Plainwords, the tests' own dictionary",
          "origin": "{{origin.AbsoluteUri}}",
          "pathTemplate": "/words/{slug}",
          "slugRule": "dashed",
          "selectors": {
            "entry": "article.word-entry",
            "headword": "h1.word",
            "partOfSpeech": ".word-head .word-class",
            "pronunciation": ".word-head .sound",
            "sense": "ol.meanings > li.meaning",
            "definition": "p.gloss",
            "example": "ul.uses > li.use",
            "notFound": ".no-match h1",
            "suggestion": ".no-match ul.alternatives a",
          },
          "verifiedOn": "tests/Scraper.Tests/Fixtures/sitefile",
          "requestsPerSecond": 20,
          "checkWords": [{{checkWords}}],
        }
        """;

    public static string ReadFixture(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sitefile", fileName));

    public string Write(string text, string name = "profile.json")
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
