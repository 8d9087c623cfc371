using System.Globalization;
using Scraper.Sites;
using Spectre.Console;

namespace Scraper.Cli.Rendering;

/// <summary>
/// The site profiles, one block each: name and description, then URL pattern, default rate, what the selectors
/// were verified on and notes in a label/value grid, whose values wrap beside their labels on a narrow terminal.
/// </summary>
internal static class SiteListRenderer
{
    public static void Render(IAnsiConsole console, IReadOnlyList<SiteProfile> profiles)
    {
        foreach (var profile in profiles)
        {
            console.MarkupLine($"[bold]{Markup.Escape(profile.Name)}[/]  {Markup.Escape(profile.Description)}");
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().Padding(2, 0, 2, 0)).AddColumn();
            Row(grid, "URL", UrlPattern(profile));
            Row(grid, "Rate", Rate(profile.RequestsPerSecond));
            Row(grid, "Verified", profile.VerifiedOn.Length > 0 ? profile.VerifiedOn : "not verified");
            if (profile.Notes.Length > 0)
            {
                Row(grid, "Notes", profile.Notes);
            }

            console.Write(grid);
            console.WriteLine();
        }

        console.MarkupLine("[dim]Every field: scraper sites --format json (copy one profile into a file for --site-file).[/]");
    }

    /// <summary>Origin (with any path prefix) and path template, as PageAddress joins them.</summary>
    internal static string UrlPattern(SiteProfile profile) =>
        profile.Origin.GetLeftPart(UriPartial.Path).TrimEnd('/') + profile.PathTemplate;

    private static void Row(Grid grid, string label, string value) =>
        grid.AddRow($"[dim]{label}[/]", Markup.Escape(value));

    private static string Rate(double? requestsPerSecond) => requestsPerSecond is { } rate
        ? $"{rate.ToString("0.##", CultureInfo.InvariantCulture)} requests per second per host (default)"
        : "no limit by default";
}
