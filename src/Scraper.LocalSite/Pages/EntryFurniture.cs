using System.Text;
using Scraper.LocalSite.Words;
using Scraper.Results;

namespace Scraper.LocalSite.Pages;

/// <summary>
/// Everything on an entry page that is not the entry: related entries, thesaurus and collocation boxes, phrases,
/// word forms, share links. Chosen from the word list by the page's slug, so a page never changes.
/// </summary>
internal sealed class EntryFurniture(PageContext context, Headword headword, int number)
{
    private static readonly string[] Particles = ["up", "off", "out", "in", "away", "over", "down", "through"];

    private readonly string _pageSlug = headword.PageSlug(number);
    private readonly string _word = headword.Homographs[number - 1].Headword;

    /// <summary>The other homographs first (<c>span.arl1</c>, the links a scraper follows), then look-alike decoys (<c>span.arl2</c>).</summary>
    public void WriteRelatedEntries(StringBuilder html)
    {
        html.Append("<div class=\"show_related_entries_container\"><a id=\"show_related_entries\" class=\"button\" data-toggle-div=\"relatedentries\">Other entries for this word</a></div>\n");
        html.Append("<div id=\"relatedentries\" class=\"responsive_hide_on_smartphone\"><div class=\"entrylist\"><div class=\"h2\">Related words</div><ul>\n");
        for (var i = 1; i <= headword.Homographs.Count; i++)
        {
            if (i != number)
            {
                var other = headword.Homographs[i - 1];
                WriteRelated(html, headword.PageSlug(i), other.Headword, other.PartOfSpeech ?? "", "arl1", " redword ");
            }
        }

        var random = new SeededRandom(StableHash.Of(_pageSlug, "related"));
        foreach (var noun in random.PickDistinct(WordList.Nouns, 6))
        {
            WriteRelated(html, $"{headword.Slug}-{noun}", $"{_word} {noun}", "noun", "arl2", "");
        }

        foreach (var adjective in random.PickDistinct(WordList.Adjectives, 4))
        {
            WriteRelated(html, $"{adjective}-{headword.Slug}", $"{adjective} {_word}", "noun", "arl2", "");
        }

        foreach (var particle in random.PickDistinct(Particles, 4))
        {
            WriteRelated(html, $"{headword.Slug}-{particle}", $"{_word} {particle}", "phrasal verb", "arl2", "");
        }

        html.Append($"</ul></div><a class=\"morerelatedentries\" href=\"{context.Origin}/search/{context.Edition.Code}/?q={headword.Slug}\">See more related entries</a></div>\n");
    }

    private void WriteRelated(StringBuilder html, string slug, string word, string partOfSpeech, string kind, string baseClass)
    {
        html.Append($"<li><a\n                href=\"{context.Url(slug)}\"\n                title=\"");
        HtmlText.Append(html, word).Append($"  {partOfSpeech}\"><span class='{kind}'><span class=\"BASE{baseClass}\">");
        HtmlText.Append(html, word).Append($"</span> <span class=\"PART-OF-SPEECH\"><span class=\"SEP PART-OF-SPEECH-before\"> </span>{partOfSpeech}</span></span></a></li>\n");
    }

    public void WriteThesaurus(StringBuilder html, int sense)
    {
        var random = new SeededRandom(StableHash.Of(_pageSlug, $"thesaurus{sense}"));
        var category = $"{random.Pick(WordList.Adjectives)}-{random.Pick(WordList.Nouns)}s";
        html.Append("<div class=\"THES\"><div class=\"synonyms\"><span class=\"synonyms\"><span class=\"icon_thesaurus_small_bullet\"> </span>Synonyms and related words</span></div>");
        html.Append($"<div class=\"thessnippet\"><a href=\"{context.Origin}/thesaurus-category/{context.Edition.Code}/{category}\" class=\"cattitle\"><span class=\"h2\">{category.Replace('-', ' ')}:</span></a><span class=\"synonyms\">");
        var synonyms = random.PickDistinct(WordList.Verbs, 3);
        for (var i = 0; i < synonyms.Count; i++)
        {
            var synonym = synonyms[i];
            html.Append($"{(i > 0 ? ", " : "")}<a href=\"{context.Url(synonym)}#{synonym}__1\" title=\"{synonym}\">{synonym}</a>");
        }

        html.Append($"...</span><div class=\"centred\"><a class=\"moreButton\" href=\"{context.Origin}/thesaurus-category/{context.Edition.Code}/{category}\" data-word=\"{headword.Slug}\">Explore Thesaurus</a></div></div></div>");
    }

    public void WriteCollocations(StringBuilder html, string id, int sense)
    {
        var random = new SeededRandom(StableHash.Of(_pageSlug, $"collocations{sense}"));
        html.Append($"<div class=\"sidebox show_less\" id=\"{id}\"><div class=\"ONEBOX-HEAD\"><a>Words frequently used with {HtmlText.Encode(_word)}</a></div><div class=\"sideboxbody\"><div class=\"p\">");
        html.AppendJoin(", ", random.PickDistinct(WordList.Adverbs, 5).Select(adverb => $"<span class=\"ONE-COLLOCATE\">{adverb}</span>"));

        html.Append("</div></div></div>");
    }

    public void WritePhrases(StringBuilder html, string id)
    {
        var random = new SeededRandom(StableHash.Of(_pageSlug, "phrases"));
        html.Append($"<div id=\"phrases_container\"><h2 class=\"TITLE\" id=\"{id}\">phrases</h2><ul>");
        for (var i = 0; i < 5; i++)
        {
            var slug = $"{headword.Slug}-the-{random.Pick(WordList.Nouns)}";
            var phrase = slug.Replace('-', ' ');
            html.Append($"<li class=\"PHR-XREF\"><a title=\" {phrase}\" href=\" {context.Url(slug)}\"> {phrase}</a></li>");
        }

        html.Append("</ul></div>\n");
    }

    public void WriteMetaphorBox(StringBuilder html, string id)
    {
        var random = new SeededRandom(StableHash.Of(_pageSlug, "metaphor"));
        html.Append($"<div class=\"HEAD-INFO\"><div class=\"HEAD-INFO2\"><div class=\"sidebox show_less\" id=\"{id}\"><div class=\"ONEBOX-HEAD\">Word story: {HtmlText.Encode(_word)}</div><div class=\"sideboxbody\">");
        html.Append($"<div class=\"KEY-IDEA\">People often talk about this idea as if it were a <span class=\"BOLD\">{random.Pick(WordList.Nouns)}</span> that you can <span class=\"BOLD\">{random.Pick(WordList.Verbs)}</span>.</div><ul>");
        for (var i = 0; i < 8; i++)
        {
            var word = random.Pick(WordList.Nouns);
            html.Append($"<li><span class=\"KEY-REF\"><a href=\"{context.Url(word)}\">{word}</a></span></li>");
        }

        html.Append("</ul></div></div></div></div>\n");
    }

    public void WriteStars(StringBuilder html)
    {
        var stars = 1 + (int)(StableHash.Of(headword.Slug, "stars") % 3);
        html.Append("<div class=\"stars_grp\">");
        for (var i = 0; i < stars; i++)
        {
            html.Append("<div class=\"icon_star\"> </div>");
        }

        html.Append("</div>");
    }

    public void WriteShareLinks(StringBuilder html)
    {
        html.Append("<div id=\"social_head\">");
        foreach (var site in (ReadOnlySpan<string>)["facebook", "twitter", "tumblr", "reddit"])
        {
            html.Append($"<a class=\"icon_{site}_head\" title=\"Share this entry on {site}\" href=\"{context.Origin}/share/{site}?u={_pageSlug}\"></a>");
        }

        html.Append("</div>\n");
    }

    public void WriteHelpLayers(StringBuilder html)
    {
        html.Append("<div id=\"helplinks-box\" class=\"responsive_hide_on_smartphone\"><ul id=\"helplist\"><li><a href=\"#redwordslayer\" id=\"whatareredwords\">What are red words?</a></li>");
        html.Append("<li><a href=\"#thesaurus-floatinglayer\" id=\"whatisthet\">Using the thesaurus</a></li></ul></div>");
        html.Append("<div class=\"layer\" id=\"redwordslayer\"><div class=\"h3\">Red words</div><p>Words shown in red are the ones learners meet most often. ");
        html.Append("Their stars say how common they are: three stars for the most common words, one star for the least common of them.</p></div>");
        html.Append("<div class=\"thesaurus-layer\" id=\"thesaurus-floatinglayer\"><div class=\"h3\">Thesaurus</div><p>Under many meanings you will find a box of words ");
        html.Append("with a similar meaning. Follow its heading to see the whole group of related words.</p></div>\n");
    }

    public void WriteWordForms(StringBuilder html, Entry entry)
    {
        var forms = entry.PartOfSpeech == "verb"
            ? new[] { ("present tense", _word + "s"), ("past tense", _word + "ed"), ("present participle", _word + "ing") }
            : [("singular", _word), ("plural", _word + "s")];
        html.Append("<div class=\"wordforms show_less\"><a>Word forms</a><div class=\"layer\" id=\"wordsformslayer-head\"><table>");
        foreach (var (type, form) in forms)
        {
            html.Append($"<tr><td><span class=\"INFLECTION-TYPE\">{type}</span></td><td><span class=\"INFLECTION-CONTENT\"><span class=\"I-BASEFORM\"><span class=\"INFLECTION-ENTRY\">");
            HtmlText.Append(html, form).Append("</span></span></span></td></tr>");
        }

        html.Append("</table></div></div>");
    }
}
