using System.Text;
using Scraper.LocalSite.Audio;
using Scraper.LocalSite.Words;
using Scraper.Results;

namespace Scraper.LocalSite.Pages;

/// <summary>
/// The page of one homograph, in the shape of Macmillan's 2018 pages: <c>#entryContent</c> holding the head
/// (<c>#headword .BASE</c>, <c>#headbar .PART-OF-SPEECH</c>, <c>#headbar .PRON</c>), the related entries (which repeat
/// those classes), <c>ol.senses</c>, the phrase list and side boxes.
/// </summary>
internal static class EntryPageRenderer
{
    public static string Render(PageContext context, Headword headword, int number)
    {
        var entry = headword.Homographs[number - 1];
        var entryId = headword.PageSlug(number);
        var title = $"{entry.Headword} ({entry.PartOfSpeech}) definition and synonyms | Macmillan Dictionary (local)";
        var head = new PageHead(title, entryId, "dictionary", entryId);
        var furniture = new EntryFurniture(context, headword, number);
        return PageRenderer.Render(context, head, html =>
        {
            html.Append("<div id=\"entryContent\" class=\"responsive_row\"><div class=\"responsive_cell_center_plus_right\"><div class=\"HOMOGRAPH\">\n");
            WriteHead(html, context, furniture, entry, entryId);
            html.Append("<div id=\"innerleftcol\">\n");
            furniture.WriteRelatedEntries(html);
            html.Append("</div>\n<div id=\"leftContent\"><div class=\"HEAD-INFO\"><div class=\"clearfix\"> </div></div><div class=\"entryBody\">\n<ol class=\"senses\">");
            var block = 0;
            for (var i = 0; i < entry.Senses.Count; i++)
            {
                SenseWriter.Write(html, context, furniture, entry.Senses[i], i + 1, entryId, ref block);
            }

            html.Append("</ol></div>\n");
            furniture.WritePhrases(html, $"{entryId}__{++block}");
            furniture.WriteMetaphorBox(html, $"{entryId}__{++block}");
            html.Append("<div class=\"clearfix\"></div></div>\n</div></div></div>");
        });
    }

    private static void WriteHead(StringBuilder html, PageContext context, EntryFurniture furniture, Entry entry, string pageSlug)
    {
        html.Append("<div class=\"HEAD\"><div id=\"headword\">");
        html.Append("<div id=\"headwordright\"><div class=\"smartbuttonright\"><div id=\"showmore\" style=\"display: none;\"><a onmousedown=\"foldingSet(false)\" class=\"button\"><span class=\"label\">Show more</span></a></div>");
        html.Append("<div id=\"showless\"><a onmousedown=\"foldingSet(true)\" class=\"button\"><span class=\"label\">Show less</span></a></div></div></div>\n");
        html.Append("<div id=\"headwordleft\"><div class=\"BASE-FORM\"><h1 class=\"redword\"><span class=\"BASE\">");
        HtmlText.Append(html, entry.Headword);
        html.Append("</span><span class=\"headword-definition\">&#160;-&#160;definition <span class=\"show_less\" id=\"syn_text\">and synonyms</span></span></h1></div> ");
        furniture.WriteStars(html);
        html.Append("</div>\n");
        furniture.WriteShareLinks(html);
        html.Append("</div>\n<div id=\"headbar\">");
        furniture.WriteHelpLayers(html);
        if (entry.PartOfSpeech is { } partOfSpeech)
        {
            html.Append("<span class=\"PART-OF-SPEECH\"><span class=\"SEP PART-OF-SPEECH-before\"> </span>");
            HtmlText.Append(html, partOfSpeech).Append("</span>");
        }

        if (entry.Pronunciation is { } pronunciation)
        {
            html.Append("<span class=\"PRONS\"><span class=\"SEP PRONS-before\"> </span>");
            WriteRecordings(html, context, entry.Headword, pageSlug);
            html.Append("<span class=\"PRON show_less\"><span class=\"SEP PRON-before\"> /</span>");
            HtmlText.Append(html, pronunciation.Trim('/')).Append("<span class=\"SEP PRON-after\">/</span></span></span>");
        }

        furniture.WriteWordForms(html, entry);
        html.Append("</div></div>\n");
    }

    // As the 2018 pages link theirs: a speaker image whose data-src-mp3 is the recording, its accent in the title.
    private static void WriteRecordings(StringBuilder html, PageContext context, string headword, string pageSlug)
    {
        foreach (var region in RecordingPath.Regions)
        {
            html.Append("<img src=\"").Append(context.Origin).Append("/external/images/redspeaker.gif\" class=\"sound audio_play_button\" title=\"");
            HtmlText.Append(html, headword).Append(region == "uk" ? " pronunciation in British English" : " pronunciation in American English");
            html.Append("\" data-src-mp3=\"").Append(RecordingPath.Url(context.Edition, pageSlug, region)).Append("\" style=\"cursor: pointer\"/>");
        }
    }
}
