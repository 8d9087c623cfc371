using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using Scraper.Sites;

namespace Scraper.Parsing;

/// <summary>
/// A profile's selectors parsed once: AngleSharp parses a selector string on every query otherwise.
/// Parsed selectors are only read while matching, so one instance serves every thread.
/// </summary>
internal sealed class CompiledSelectors
{
    public CompiledSelectors(SiteSelectors selectors)
    {
        var parser = new CssSelectorParser();
        EntryScope = Optional(parser, selectors.EntryScope, nameof(selectors.EntryScope));
        Source = selectors;
        Entry = Required(parser, selectors.Entry, nameof(selectors.Entry));
        EntryHeader = Optional(parser, selectors.EntryHeader, nameof(selectors.EntryHeader));
        Excluded = Optional(parser, selectors.Excluded, nameof(selectors.Excluded));
        Headword = Required(parser, selectors.Headword, nameof(selectors.Headword));
        Homograph = Optional(parser, selectors.Homograph, nameof(selectors.Homograph));
        PartOfSpeech = Optional(parser, selectors.PartOfSpeech, nameof(selectors.PartOfSpeech));
        JoinPartsOfSpeech = selectors.JoinPartsOfSpeech;
        Pronunciation = Optional(parser, selectors.Pronunciation, nameof(selectors.Pronunciation));
        Audio = Optional(parser, selectors.Audio, nameof(selectors.Audio));
        AudioUk = Optional(parser, selectors.AudioUk, nameof(selectors.AudioUk));
        AudioUs = Optional(parser, selectors.AudioUs, nameof(selectors.AudioUs));
        Sense = Required(parser, selectors.Sense, nameof(selectors.Sense));
        Definition = Required(parser, selectors.Definition, nameof(selectors.Definition));
        LeadingSeparator = Optional(parser, selectors.LeadingSeparator, nameof(selectors.LeadingSeparator));
        CrossReference = Optional(parser, selectors.CrossReference, nameof(selectors.CrossReference));
        Example = Optional(parser, selectors.Example, nameof(selectors.Example));
        Subsense = Optional(parser, selectors.Subsense, nameof(selectors.Subsense));
        SubsenseDefinition = Optional(parser, selectors.SubsenseDefinition, nameof(selectors.SubsenseDefinition));
        SubsenseExample = Optional(parser, selectors.SubsenseExample, nameof(selectors.SubsenseExample));
        NotFound = Optional(parser, selectors.NotFound, nameof(selectors.NotFound));
        Suggestion = Optional(parser, selectors.Suggestion, nameof(selectors.Suggestion));
        HomographLinks = Alternatives(Unbounded(parser, selectors.HomographLink, nameof(selectors.HomographLink)));
    }

    /// <summary>The selectors as the profile wrote them: what an empty page's reason quotes.</summary>
    public SiteSelectors Source { get; }

    public ISelector? EntryScope { get; }

    public ISelector Entry { get; }

    public ISelector? EntryHeader { get; }

    public ISelector? Excluded { get; }

    public ISelector Headword { get; }

    public ISelector? Homograph { get; }

    public ISelector? PartOfSpeech { get; }

    public bool JoinPartsOfSpeech { get; }

    public ISelector? Pronunciation { get; }

    public ISelector? Audio { get; }

    public ISelector? AudioUk { get; }

    public ISelector? AudioUs { get; }

    public ISelector Sense { get; }

    public ISelector Definition { get; }

    public ISelector? LeadingSeparator { get; }

    public ISelector? CrossReference { get; }

    public ISelector? Example { get; }

    public ISelector? Subsense { get; }

    public ISelector? SubsenseDefinition { get; }

    public ISelector? SubsenseExample { get; }

    public ISelector? NotFound { get; }

    public ISelector? Suggestion { get; }

    /// <summary>The alternatives of the HomographLink selector, in order.</summary>
    public IReadOnlyList<ISelector> HomographLinks { get; }

    // A typo in a profile fails when the parser is built, not silently on every page.
    // Matched through BoundedSelector, so that every query is a step of the page's ParseBudget.
    private static ISelector Required(CssSelectorParser parser, string text, string name) => BoundedSelector.Of(Parsed(parser, text, name));

    private static ISelector Parsed(CssSelectorParser parser, string text, string name) =>
        parser.ParseSelector(text) ?? throw new ArgumentException($"Selector {name} is not valid CSS: \"{text}\".", nameof(text));

    private static ISelector[] Alternatives(ISelector? selector) => selector switch
    {
        null => [],
        IMultiSelector and IEnumerable<ISelector> list => [.. list.Select(BoundedSelector.Of)],
        _ => [BoundedSelector.Of(selector)],
    };

    private static ISelector? Unbounded(CssSelectorParser parser, string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null : Parsed(parser, text, name);

    private static ISelector? Optional(CssSelectorParser parser, string? text, string name) =>
        string.IsNullOrWhiteSpace(text) ? null : Required(parser, text, name);
}
