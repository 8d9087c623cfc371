using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Scraper.Parsing;

/// <summary>
/// Recognises bot challenges and refusals whatever the site: Cloudflare, captcha walls, "Access denied".
/// Script text is never read, so a dictionary page whose scripts mention a captcha is not flagged.
/// </summary>
internal static class ChallengeDetector
{
    // Titles the challenge vendors serve, compared whole: a dictionary page titled "just a moment (phrase) ..." is not one.
    private static readonly string[] ChallengeTitles =
    [
        "Just a moment...",
        "Just a moment…",
        "Attention Required! | Cloudflare",
        "Please Wait... | Cloudflare",
        "DDoS-Guard",
        "Pardon Our Interruption",
        "Robot Check",
        "Are you a robot?",
        "Human Verification",
    ];

    // Markup that only a challenge page carries: it wins over the site's own "not found" markup.
    private static readonly ISelector ChallengeMarkup = Parse(
        "#challenge-form, #challenge-running, #challenge-stage, #challenge-error-text, #cf-challenge-running, " +
        "form[action*='__cf_chl'], script[src*='/cdn-cgi/challenge-platform/h/']");

    // Markup that also appears beside real content (a captcha on a feedback form, Cloudflare's
    // bot-detection script): it means a refusal only on a page where no entry was read.
    private static readonly ISelector RefusalMarkup = Parse(
        "script[src*='challenge-platform'], [src*='cf-chl'], [action*='cf-chl'], .g-recaptcha, .h-captcha, " +
        ".cf-turnstile, #px-captcha, iframe[src*='captcha'], script[src*='captcha']");

    private static readonly ISelector Heading = Parse("h1");

    /// <summary>Whether the page's title is a challenge vendor's: cheap, so checked before anything is read.</summary>
    public static bool HasChallengeTitle(IDocument document)
    {
        var title = document.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return false;
        }

        foreach (var challengeTitle in ChallengeTitles)
        {
            if (title.Equals(challengeTitle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return title.Contains("used Cloudflare to restrict access", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a page without entries carries a challenge form or script. Searching the whole tree
    /// costs a fifth of a parse, and a page with entries is no challenge, so it waits until none were read.
    /// </summary>
    public static bool HasChallengeMarkup(IDocument document) => document.First(ChallengeMarkup) is not null;

    /// <summary>Whether a page without entries is a refusal rather than a drifted layout.</summary>
    public static bool IsRefusal(IDocument document)
    {
        var title = document.Title;
        if (title is not null && (title.Contains("Access denied", StringComparison.OrdinalIgnoreCase)
            || title.Contains("captcha", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var heading = document.Body?.First(Heading)?.TextContent;
        if (heading is not null && heading.Contains("Access denied", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return document.First(RefusalMarkup) is not null;
    }

    /// <summary>
    /// Whether a page that is not a dictionary page (an error status: 403, 429, 503) is a challenge or refusal. Some
    /// anti-bot services serve their challenge with 503 or 429, which would otherwise look like a busy site.
    /// </summary>
    public static bool IsChallengePage(ReadOnlyMemory<byte> content, string? contentType)
    {
        if (content.IsEmpty)
        {
            return false;
        }

        try
        {
            // The budget covers the queries too, not only the parse.
            using var budget = ParseBudget.Start(CancellationToken.None);
            using var document = PageDocuments.Parse(content, contentType);
            return HasChallengeTitle(document) || HasChallengeMarkup(document) || IsRefusal(document);
        }
        catch (PageTooComplexException)
        {
            // No challenge vendor serves such a page; it stays an error page of its status.
            return false;
        }
    }

    private static ISelector Parse(string selector) => BoundedSelector.Of(new CssSelectorParser().ParseSelector(selector)!);
}
