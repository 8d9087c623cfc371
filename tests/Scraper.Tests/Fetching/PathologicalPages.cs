using System.Text;
using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>Pages made to be slow to parse: what a hostile or broken server can send.</summary>
internal static class PathologicalPages
{
    /// <summary><paramref name="levels"/> &lt;div&gt;s, each inside the one before.</summary>
    public static RawAnswer Nested(int levels) => Page(Repeat("<div>", levels) + "deep" + Repeat("</div>", levels));

    /// <summary>
    /// Every &lt;div&gt; followed by a stray &lt;/span&gt;, which closes nothing: the nesting grows as deep as above
    /// while the end tags seem to balance the start tags, so only the time the parse takes gives it away.
    /// </summary>
    public static RawAnswer NestedBehindStrayEndTags(int levels) => Page(Repeat("<div></span>", levels) + "deep");

    private static RawAnswer Page(string body) =>
        RawAnswer.Html(200, $"<!DOCTYPE html><html><head><title>deep</title></head><body>{body}</body></html>");

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
