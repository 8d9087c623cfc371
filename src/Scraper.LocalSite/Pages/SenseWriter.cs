using System.Text;
using Scraper.Results;

namespace Scraper.LocalSite.Pages;

/// <summary>
/// One numbered sense as Macmillan wrote it: <c>li &gt; div.SENSE &gt; div.SENSE-BODY</c> holding the number, the
/// <c>span.DEFINITION</c> (with its leading separator), one <c>div.EXAMPLES</c> per example, a <c>div.THES</c> box
/// and the <c>ol.SUB-SENSES</c>; collocations sit beside it in <c>div.SENSE-INFO</c>.
/// </summary>
internal static class SenseWriter
{
    /// <param name="block">The running number of the entry's element ids ("love_1__7"), advanced as ids are used.</param>
    public static void Write(StringBuilder html, PageContext context, EntryFurniture furniture, Sense sense, int number, string entryId, ref int block)
    {
        html.Append($"<li><div class=\"SENSE\" id=\"{entryId}__{++block}\"><div class=\"SENSE-BODY\"><div class=\"SENSE-NUM\">{number}</div>");
        WriteDefinition(html, context, sense.Definition);
        WriteExamples(html, context, sense.Examples, entryId, ref block);
        furniture.WriteThesaurus(html, number);
        if (sense.Subsenses.Count > 0)
        {
            html.Append("<ol class=\"SUB-SENSES\">");
            for (var i = 0; i < sense.Subsenses.Count; i++)
            {
                var subsense = sense.Subsenses[i];
                html.Append($"<li id=\"{entryId}__{++block}\"><div class=\"SUB-SENSE-BODY\"><div class=\"SENSE-NUM\">{(char)('a' + i)}.</div><div class=\"SUB-SENSE-CONTENT\">");
                WriteDefinition(html, context, subsense.Definition);
                WriteExamples(html, context, subsense.Examples, entryId, ref block);
                html.Append("</div></div></li>");
            }

            html.Append("</ol>");
        }

        html.Append("</div><div class=\"SENSE-INFO\"><div class=\"SENSE-INFO1\">");
        furniture.WriteCollocations(html, $"{entryId}__{++block}", number);
        html.Append("</div></div></div></li>\n");
    }

    private static void WriteDefinition(StringBuilder html, PageContext context, string definition)
    {
        html.Append("<span class=\"DEFINITION\"><span class=\"SEP DEFINITION-before\"> </span>");
        HtmlText.AppendLinked(html, definition, context, inExample: false);
        html.Append("</span>");
    }

    private static void WriteExamples(StringBuilder html, PageContext context, IReadOnlyList<string> examples, string entryId, ref int block)
    {
        for (var i = 0; i < examples.Count; i++)
        {
            var hidden = i == 0 ? "" : " show_less";
            html.Append($"<div class=\"EXAMPLES{hidden}\" id=\"{entryId}__{++block}\"><p class=\"EXAMPLE\">");
            HtmlText.AppendLinked(html, examples[i], context, inExample: true);
            html.Append("</p></div>");
        }
    }
}
