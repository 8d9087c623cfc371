using AngleSharp.Dom;
using Scraper.Sites;

namespace Scraper.Parsing;

/// <summary>
/// Reads one fetched page of a site: its entries, or what kind of non-entry page it is.
/// Thread-safe: every thread parses with its own AngleSharp parser, and the compiled selectors are only read.
/// </summary>
public sealed class PageParser
{
    private readonly CompiledSelectors _selectors;
    private readonly PageLayout _layout;

    /// <exception cref="ArgumentException">A selector of the profile is not valid CSS.</exception>
    public PageParser(SiteProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _selectors = new CompiledSelectors(profile.Selectors);
        _layout = profile.Layout;
    }

    /// <summary>The page as the site sent it: its bytes, decoded as a browser would (see <see cref="PageDocuments"/>).</summary>
    /// <param name="contentType">The Content-Type header the page came with; null when it had none (a saved page: sniffed).</param>
    /// <param name="pageUrl">The absolute URL the page was fetched from; relative links resolve against it.</param>
    /// <param name="findHomographLinks">
    /// False when the links will not be followed: finding them walks the whole document once per layout.
    /// </param>
    /// <param name="cancellationToken">Stops the parse or the reading part-way (Ctrl+C), which AngleSharp alone cannot.</param>
    /// <exception cref="PageTooComplexException">The page is over the parse budget (<see cref="ParseBudget"/>).</exception>
    public ParsedPage Parse(ReadOnlyMemory<byte> content, string? contentType, Uri pageUrl, bool findHomographLinks = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);

        // One budget for all the work on the page: its parse and every query of its reading (see ParseBudget).
        using var budget = ParseBudget.Start(cancellationToken);
        using var document = PageDocuments.Parse(content, contentType, cancellationToken);
        return Read(document, pageUrl, findHomographLinks);
    }

    private ParsedPage Read(IDocument document, Uri pageUrl, bool findHomographLinks)
    {
        if (ChallengeDetector.HasChallengeTitle(document))
        {
            return Of(PageKind.Blocked);
        }

        var canonicalUrl = PageLinks.CanonicalUrl(document, pageUrl);
        var pageHomograph = HomographNumber.FromUrl(canonicalUrl) ?? HomographNumber.FromUrl(pageUrl);
        var entries = _layout == PageLayout.WikiSections
            ? WikiSectionReader.Read(document, _selectors)
            : EntryReader.Read(document, _selectors, pageHomograph, pageUrl);
        if (entries.Count > 0)
        {
            var links = findHomographLinks ? PageLinks.Homographs(document, _selectors.HomographLinks, pageUrl, canonicalUrl) : [];
            return new ParsedPage(PageKind.Entry, entries, [], links);
        }

        // Without entries, a challenge wins over the site's "not found" markup, and that over a stray captcha.
        if (ChallengeDetector.HasChallengeMarkup(document))
        {
            return Of(PageKind.Blocked);
        }

        if ((_selectors.NotFound is not null && document.First(_selectors.NotFound) is not null) || IsSpellingPage(pageUrl))
        {
            return new ParsedPage(PageKind.NotFound, [], SuggestionReader.Read(document, _selectors), []);
        }

        return ChallengeDetector.IsRefusal(document)
            ? Of(PageKind.Blocked)
            : Of(PageKind.Empty) with { EmptyReason = Parsing.EmptyReason.Of(document, _selectors, _layout) };
    }

    private static ParsedPage Of(PageKind kind) => new(kind, [], [], []);

    // The sites send an unknown word to their spelling page (Macmillan's, Longman's and Cambridge's canonical
    // addresses, Collins's redirect): whatever its markup, the address says the word was not found.
    private static bool IsSpellingPage(Uri pageUrl) => pageUrl.AbsolutePath.Contains("/spellcheck/", StringComparison.OrdinalIgnoreCase);
}
