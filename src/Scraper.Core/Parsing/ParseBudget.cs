using System.Diagnostics;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Scraper.Parsing;

/// <summary>
/// Bounds the work of one parse. AngleSharp's tree building slows down with every level of nesting (a page of 20,000
/// nested &lt;div&gt;s took seconds, 200,000 would take hours), and it has no cancellation of its own; but it calls
/// <see cref="OnToken"/> for every token, so the budget is checked there: the nesting so far (start tags not yet
/// closed, without void elements and those whose end tag may be left out), the time the parse has taken, and the
/// caller's cancellation (Ctrl+C). Over budget, the parse stops at once with a <see cref="PageTooComplexException"/>.
/// </summary>
internal static class ParseBudget
{
    /// <summary>AngleSharp puts deeper elements beside, not inside, their parents: such a page cannot be read as written anyway.</summary>
    public const int MaxDepth = 512;

    /// <summary>About a thousand times what the largest real page (184 KB) takes, so only a pathological page meets it.</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(2);

    private const int TokensPerClockRead = 64;

    // Elements that never nest: void ones, and those a next sibling closes (li, p, td…), which pages often leave open.
    private static readonly HashSet<string> Flat = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
        "keygen", "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
        "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
    };

    // One parse at a time per thread (the parser is per thread too), so the state of the parse under way is per thread.
    [ThreadStatic]
    private static ParseState? t_state;

    /// <summary>Starts the budget of a parse on this thread; disposing it ends it.</summary>
    public static Scope Start(CancellationToken cancellationToken)
    {
        t_state = new ParseState(Stopwatch.GetTimestamp(), cancellationToken);
        return default;
    }

    public static void OnToken(HtmlToken token, TextRange range)
    {
        if (t_state is not { } state)
        {
            return;
        }

        state.CancellationToken.ThrowIfCancellationRequested();
        if (++state.Tokens % TokensPerClockRead == 0 && Stopwatch.GetElapsedTime(state.Started) > MaxTime)
        {
            throw new PageTooComplexException($"the page took over {MaxTime.TotalSeconds:0} s to parse");
        }

        if (token.Type == HtmlTokenType.StartTag && !Flat.Contains(token.Name))
        {
            if (++state.Depth > MaxDepth)
            {
                throw new PageTooComplexException($"the page nests elements more than {MaxDepth} deep");
            }
        }
        else if (token.Type == HtmlTokenType.EndTag && state.Depth > 0 && !Flat.Contains(token.Name))
        {
            state.Depth--;
        }
    }

    /// <summary>Ends the budget of the parse under way on this thread.</summary>
    internal readonly struct Scope : IDisposable
    {
        public void Dispose() => t_state = null;
    }

    private sealed class ParseState(long started, CancellationToken cancellationToken)
    {
        public long Started { get; } = started;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public int Tokens { get; set; }

        public int Depth { get; set; }
    }
}
