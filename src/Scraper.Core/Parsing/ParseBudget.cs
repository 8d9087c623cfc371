using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Text;

namespace Scraper.Parsing;

/// <summary>
/// Bounds all the work done with one page: building its DOM and every selector query on it. Both can take unbounded
/// time on a hostile page (a page of 20,000 nested &lt;div&gt;s took seconds to build; 6,000 nested elements that
/// match the first part of a selector kept AngleSharp's matcher busy for minutes), and AngleSharp cancels neither.
/// So the work reports its steps here: AngleSharp's tree builder through <see cref="OnCreated"/> for every element it
/// makes, and the query code (<see cref="Query"/>, <see cref="BoundedSelector"/>) through <see cref="Step"/> for every
/// element it visits and every match it tries. Each step checks the caller's cancellation (Ctrl+C) and, every so
/// often, the time: over <see cref="MaxTime"/> the work stops part-way with a <see cref="PageTooComplexException"/>.
/// </summary>
internal static class ParseBudget
{
    /// <summary>About a thousand times what the largest real page (184 KB) takes, so only a pathological page meets it.</summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(2);

    private const int StepsPerClockRead = 64;

    // One page at a time per thread (the parser is per thread too), so the state of the page under way is per thread.
    [ThreadStatic]
    private static PageWork? t_work;

    /// <summary>
    /// Starts the budget of a page's work on this thread; disposing the scope ends it. Work already under a budget
    /// (a parse inside <see cref="PageParser"/>'s whole page) stays under that one: the budget is the page's, not the step's.
    /// </summary>
    /// <remarks>Timed by the Stopwatch, not a TimeProvider: it bounds real work inside AngleSharp's callbacks, which no fake clock could speed up.</remarks>
    public static Scope Start(CancellationToken cancellationToken)
    {
        if (t_work is not null)
        {
            return new Scope(owns: false);
        }

        t_work = new PageWork(Stopwatch.GetTimestamp(), cancellationToken);
        return new Scope(owns: true);
    }

    /// <summary>
    /// The memo of the selector matches made on the page under way; null outside a budget, and until the page proves
    /// deep (<see cref="Deep"/>): on a real page, whose nesting is shallow, remembering every answer cost more than
    /// working it out again (batches ran a third slower), while a deeply nested page needs it to stay linear.
    /// </summary>
    internal static MatchMemo? Memo => t_work?.Memo;

    /// <summary>How deep a page's nesting may be before its selector answers are remembered; real pages stay far below.</summary>
    internal const int DeepNesting = 64;

    /// <summary>The page under way is nested deeper than <see cref="DeepNesting"/>: its matches are remembered from now on.</summary>
    internal static void Deep()
    {
        if (t_work is { Memo: null } work)
        {
            work.Memo = new MatchMemo();
        }
    }

    public static void OnCreated(IElement element, TextPosition position) => Step();

    /// <summary>One step of the page's work: stops it when the caller cancels or the time is up.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled (Ctrl+C).</exception>
    /// <exception cref="PageTooComplexException">The page's work is over <see cref="MaxTime"/>.</exception>
    public static void Step()
    {
        if (t_work is not { } work)
        {
            return;
        }

        work.CancellationToken.ThrowIfCancellationRequested();
        if (++work.Steps % StepsPerClockRead == 0 && Stopwatch.GetElapsedTime(work.Started) > MaxTime)
        {
            throw new PageTooComplexException($"the page took over {MaxTime.TotalSeconds:0} s to parse");
        }
    }

    /// <summary>Ends the budget of the page under way on this thread, if this scope started it.</summary>
    internal readonly struct Scope(bool owns) : IDisposable
    {
        public void Dispose()
        {
            if (owns)
            {
                t_work = null;
            }
        }
    }

    private sealed class PageWork(long started, CancellationToken cancellationToken)
    {
        public long Started { get; } = started;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public long Steps { get; set; }

        public MatchMemo? Memo { get; set; }
    }
}
