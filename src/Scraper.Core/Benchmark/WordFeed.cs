using System.Diagnostics;

namespace Scraper.Benchmark;

/// <summary>
/// Hands out the words of a pass, thread-safe: the list once, or the list cycled until a deadline (--duration).
/// Index i is the word <c>keywords[i % keywords.Count]</c>.
/// </summary>
internal sealed class WordFeed(int words, TimeSpan? duration)
{
    private readonly long deadline = duration is { } d ? Stopwatch.GetTimestamp() + (long)(d.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    private int next = -1;

    /// <summary>Words handed out so far.</summary>
    public int Started => Math.Min(Volatile.Read(ref next) + 1, duration is null ? words : int.MaxValue);

    public bool TryNext(out int index)
    {
        if (Stopwatch.GetTimestamp() >= deadline)
        {
            index = -1;
            return false;
        }

        index = Interlocked.Increment(ref next);
        return duration is not null ? index < int.MaxValue - 1 : index < words;
    }
}
