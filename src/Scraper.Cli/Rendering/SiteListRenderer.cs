using System.Globalization;
using Scraper.Sites;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// The site profiles, one block each: name and description, then URL pattern, an archive's timestamp, default rate,
/// what the selectors were verified on and notes in a label/value grid, whose values wrap beside their labels on a narrow terminal.
/// Into a pipe or a file the rows are plain lines: a grid would pad every value to the longest one.
/// </summary>
internal static class SiteListRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<SiteProfile> profiles, bool terminal)
    {
        foreach (var profile in profiles)
        {
            console.MarkupLine($"[bold]{Markup.Escape(profile.Name)}[/]  {Markup.Escape(profile.Description)}");
            var rows = Rows(profile).ToList();
            if (terminal)
            {
                var grid = new Grid().AddColumn(new GridColumn().NoWrap().Padding(2, 0, 2, 0)).AddColumn();
                rows.ForEach(row => grid.AddRow($"[dim]{row.Label}[/]", Markup.Escape(row.Value)));
                console.Write(grid);
            }
            else
            {
                rows.ForEach(row => console.WriteLine($"  {row.Label,-10}{row.Value}"));
            }

            console.WriteLine();
        }

        console.MarkupLine("[dim]Every field: scraper sites --format json (copy one profile into a file for --site-file).[/]");
    }

    /// <summary>Origin (with any path prefix) and path template, as PageAddress joins them.</summary>
    internal static string UrlPattern(SiteProfile profile) =>
        profile.Origin.GetLeftPart(UriPartial.Path).TrimEnd('/') + profile.PathTemplate;

    private static IEnumerable<(string Label, string Value)> Rows(SiteProfile profile)
    {
        yield return ("URL", UrlPattern(profile));
        if (profile.ArchiveTimestamp is { } timestamp)
        {
            yield return ("Timestamp", $"{timestamp}: each page is the archive's capture nearest this time, earlier or later");
        }

        yield return ("Rate", Rate(profile.RequestsPerSecond));
        yield return ("Verified", profile.VerifiedOn.Length > 0 ? profile.VerifiedOn : "not verified");
        if (profile.Notes.Length > 0)
        {
            yield return ("Notes", profile.Notes);
        }
    }

    private static string Rate(double? requestsPerSecond) => requestsPerSecond switch
    {
        null => "no limit by default",
        1 => "1 request per second per host (default)",
        var rate => $"{rate.Value.ToString("0.##", CultureInfo.InvariantCulture)} requests per second per host (default)",
    };
}
