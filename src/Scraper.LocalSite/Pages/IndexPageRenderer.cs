using System.Text;

namespace Scraper.LocalSite.Pages;

/// <summary>The page at "/": what the site is, and a link to each page it has words for.</summary>
internal static class IndexPageRenderer
{
    /// <summary>The most links listed; a replayed cache may hold thousands of pages.</summary>
    public const int MostLinks = 500;

    public static string Render(IReadOnlyList<string> paths, bool replaying)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>scraper: local dictionary site</title></head><body>\n");
        html.Append("<h1>The local dictionary site of scraper</h1>\n<p>");
        html.Append(replaying
            ? $"Replaying {paths.Count} cached page(s) at their paths; any other path is 404."
            : "Macmillan-style pages on this machine. The words written for it are below; any other word of lowercase letters, digits and dashes gets a generated entry at /us/dictionary/american/WORD or /dictionary/british/WORD, and a word starting with zz is one the dictionary does not have.");
        html.Append("</p>\n<p>Look a word up here with: <code>scraper lookup WORD --site macmillan --base-url ADDRESS</code> (the address of this page).</p>\n<ul>\n");
        foreach (var path in paths.Take(MostLinks))
        {
            var encoded = HtmlText.Encode(path);
            html.Append("<li><a href=\"").Append(encoded).Append("\">").Append(HtmlText.Encode(path[(path.LastIndexOf('/') + 1)..])).Append("</a></li>\n");
        }

        if (paths.Count > MostLinks)
        {
            html.Append("<li>… and ").Append(paths.Count - MostLinks).Append(" more</li>\n");
        }

        return html.Append("</ul>\n<p>Counters: <a href=\"/__stats\">/__stats</a></p>\n</body></html>\n").ToString();
    }
}
