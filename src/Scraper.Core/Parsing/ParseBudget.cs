using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Text;

namespace Scraper.Parsing;

/// <summary>
/// Bounds the work of one parse. AngleSharp's tree building slows down with every level of nesting (a page of 20,000
/// nested &lt;div&gt;s took seconds, 200,000 did not finish in 7 minutes), and it has no cancellation of its own; but
/// it calls <see cref="OnCreated"/> for every element it makes, so the budget is checked there: the time the parse has
/// taken, and the caller's cancellation (Ctrl+C). Over budget, the parse stops part-way with a
/// <see cref="PageTooComplexException"/>. (Counting the nesting from AngleSharp's tokens instead would have it make an
/// object of every token, half as much memory again per page; nesting deep enough to matter takes the time anyway.)
/// </summary>
internal static class ParseBudget
{
    /// <summary>About a thousand times what the largest real page (184 KB) takes, so only a pathological page meets it.</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(2);

    private const int ElementsPerClockRead = 64;

    // One parse at a time per thread (the parser is per thread too), so the state of the parse under way is per thread.
    [ThreadStatic]
    private static ParseState? t_state;

    /// <summary>Starts the budget of a parse on this thread; disposing it ends it.</summary>
    /// <remarks>Timed by the Stopwatch, not a TimeProvider: it bounds real work inside AngleSharp's callback, which no fake clock could speed up.</remarks>
    public static Scope Start(CancellationToken cancellationToken)
    {
        t_state = new ParseState(Stopwatch.GetTimestamp(), cancellationToken);
        return default;
    }

    public static void OnCreated(IElement element, TextPosition position)
    {
        if (t_state is not { } state)
        {
            return;
        }

        state.CancellationToken.ThrowIfCancellationRequested();
        if (++state.Elements % ElementsPerClockRead == 0 && Stopwatch.GetElapsedTime(state.Started) > MaxTime)
        {
            throw new PageTooComplexException($"the page took over {MaxTime.TotalSeconds:0} s to parse");
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

        public int Elements { get; set; }
    }
}
