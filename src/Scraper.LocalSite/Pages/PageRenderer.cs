using System.Text;

namespace Scraper.LocalSite.Pages;

/// <summary>The page around the content: head, header, navigation, search box, side column and footer.</summary>
internal static class PageRenderer
{
    private static readonly string[] NavItems =
        ["Dictionary", "Thesaurus", "Phrase dictionary", "Open dictionary", "Word of the day", "Blog", "Games", "Word lists"];

    public static string Render(PageContext context, PageHead head, Action<StringBuilder> writeContent)
    {
        var html = new StringBuilder(48 * 1024);
        var canonical = context.Url(head.CanonicalSlug);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>");
        HtmlText.Append(html, head.Title).Append("</title>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"/>\n");
        if (head.Category == "result")
        {
            html.Append("<meta name=\"robots\" content=\"noindex\"/>\n");
        }

        html.Append($"<link rel=\"canonical\" href=\"{canonical}\" />\n<meta property='og:url' content='{canonical}'/>\n");
        html.Append($"<link rel=\"alternate\" hreflang=\"en\" href=\"{context.UrlIn(Edition.British, head.CanonicalSlug)}\"/>\n");
        html.Append($"<link rel=\"alternate\" hreflang=\"en-US\" href=\"{context.UrlIn(Edition.American, head.CanonicalSlug)}\"/>\n");
        html.Append(PageAssets.Style);
        html.Append($"<script type=\"text/javascript\">var pageTypeHashValue = \"{(head.Category == "result" ? "result" : "entry")}\"; var values = {{}};");
        html.Append($" values['page_cat'] = \"{head.Category}\"; values['entry_id'] = \"{head.EntryId}\"; values['dict_code'] = \"{context.Edition.Code}\";</script>\n");
        html.Append("</head>\n<body class=\"default\">\n");
        WriteHeader(html, context);
        html.Append("<div class=\"responsive_container\"><div class=\"responsive_row\">\n");
        SideColumn.Write(html, context, head.CanonicalSlug);
        html.Append("<div id=\"rightcol\" class=\"responsive_cell_center_plus_right\"><div id=\"contentpanel\">\n");
        writeContent(html);
        html.Append("\n</div></div>\n<div class=\"clearfix\"></div></div></div>\n");
        WriteFooter(html, context, head.CanonicalSlug);
        html.Append(PageAssets.Scripts);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteHeader(StringBuilder html, PageContext context)
    {
        html.Append("<div id=\"header\"><div id=\"navcontainer\"><ul id=\"navlistleft\" class=\"responsive_hide_on_smartphone\">\n");
        foreach (var item in NavItems)
        {
            var slug = item.ToLowerInvariant().Replace(' ', '-');
            html.Append($"<li><a href=\"{context.Origin}/{slug}/\" title=\"{item}\">{item}</a></li>\n");
        }

        html.Append("</ul><div id=\"smartphone-nav\"><ul><li><a href=\"#search\">Search</a></li><li><a href=\"#menu\">Menu</a></li></ul></div></div></div>\n");
        html.Append("<div class=\"responsive_container\"><div id=\"search_container\" class=\"responsive_row search_wrapper\">");
        html.Append("<div class=\"responsive_cell_center_plus_left\"><div id=\"search\">");
        html.Append($"<form id=\"searchentry_form\" action=\"{context.Origin}/search/{context.Edition.Code}/direct/\" method=\"get\">");
        html.Append("<div id=\"searchform\"><div id=\"inputandsubmit\"><input type=\"text\" name=\"q\" id=\"search_input\" placeholder=\"Type a word\" autocomplete=\"off\"/>");
        html.Append("<input type=\"submit\" value=\"Search\" class=\"search_button\"/></div></div>");
        html.Append($"<div><label><input type=\"radio\" name=\"edition\" value=\"british\"/> British</label> <label><input type=\"radio\" name=\"edition\" value=\"american\"/> American</label></div>");
        html.Append("</form></div></div></div></div>\n");
    }

    private static void WriteFooter(StringBuilder html, PageContext context, string slug)
    {
        html.Append("<div class=\"clearfix\"></div>\n<div id=\"footer\"><div class=\"responsive_container\"><div class=\"responsive_row\"><div class=\"responsive_cell_100\"><ul>\n");
        html.Append("<li>Local test dictionary for scraper: made-up and hand-written entries</li>\n");
        foreach (var page in (ReadOnlySpan<string>)["about", "browse", "privacy", "cookies", "contact", "terms"])
        {
            html.Append($"<li><a href=\"{context.Origin}/{page}.html\" id=\"footer_{page}\">{page}</a></li>\n");
        }

        html.Append($"<li class=\"icon_flag_br\"><a href=\"{context.UrlIn(Edition.British, slug)}\" hreflang=\"en-gb\" title=\"British version\"></a></li>\n");
        html.Append($"<li class=\"icon_flag_us\"><a href=\"{context.UrlIn(Edition.American, slug)}\" hreflang=\"en-us\" title=\"American version\"></a></li>\n");
        html.Append("</ul></div></div></div><div class=\"clearfix\"></div></div>\n");
    }
}
