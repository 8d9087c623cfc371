using Scraper.Cli.Commands;
using Scraper.Cli.Usage;
using Scraper.Sites;

namespace Scraper.Cli.Shell;

/// <summary>`:site`: the sites each word is looked up on, named as lookup's --site names them (a name, a list, all).</summary>
internal static class ShellSiteCommand
{
    // Beyond this the prompt names the first sites and how many more: the line typed after it keeps most of 80 columns.
    private const int MostPromptLength = 24;

    public static void Run(ShellInterpreter shell, string? text)
    {
        var session = shell.Session;
        if (text is null)
        {
            var others = session.KnownSites.Where(p => !session.Sites.Contains(p)).Select(p => p.Name);
            shell.View.Say($"site: {Names(session.Sites)} (others: {string.Join(", ", others)})");
            return;
        }

        var chosen = new List<SiteProfile>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Find(session.KnownSites, name) is not { } found)
            {
                // One unknown name and the shell stays on the sites it had.
                var names = session.KnownSites.Select(p => p.Name).Append(SiteCatalog.AllName).ToList();
                shell.Mistaken(Closest.To(name, names) is { } closest
                    ? $"unknown site '{name}'; did you mean '{closest}'? (:site lists them)"
                    : $"unknown site '{name}'; known sites: {string.Join(", ", names)}");
                return;
            }

            chosen.AddRange(found.Where(p => !chosen.Contains(p)));
        }

        if (chosen.Count == 0)
        {
            shell.Mistaken(":site needs a site's name, a list of them (longman,oxford) or all");
            return;
        }

        session.SwitchTo(chosen);
        shell.View.Say($"site: {Names(chosen)}");
    }

    /// <summary>The sites as the prompt names them: `all`, or their names, cut short with how many more.</summary>
    public static string PromptLabel(IReadOnlyList<SiteProfile> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        if (sites.SequenceEqual(SiteCatalog.Everyday))
        {
            return SiteCatalog.AllName;
        }

        var label = Names(sites);
        for (var shown = sites.Count - 1; label.Length > MostPromptLength && shown >= 1; shown--)
        {
            label = $"{Names(sites.Take(shown))},+{sites.Count - shown}";
        }

        return label;
    }

    private static IReadOnlyList<SiteProfile>? Find(IReadOnlyList<SiteProfile> known, string name) =>
        string.Equals(name, SiteCatalog.AllName, StringComparison.OrdinalIgnoreCase) ? SiteCatalog.Everyday
        : known.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)) is { } profile ? [profile]
        : null;

    private static string Names(IEnumerable<SiteProfile> sites) => string.Join(',', sites.Select(p => p.Name));
}
