using Scraper.Parsing;
using Scraper.Sites;

namespace Scraper.Tests.Parsing;

/// <summary>The invented Macmillan-shaped pages in Fixtures/macmillan, and a parser for them.</summary>
internal static class MacmillanFixtures
{
    public static readonly Uri Origin = new("https://www.macmillandictionary.com");

    public static PageParser Parser { get; } = new(SiteCatalog.Find("macmillan-uk")!);

    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "macmillan", fileName));

    public static Uri PageUrl(string slug) => new(Origin, "/dictionary/british/" + slug);

    public static ParsedPage Parse(string fileName, string slug) => Parser.Parse(Read(fileName), PageUrl(slug));
}
