namespace Scraper.Benchmark;

/// <summary>A phase of a request as the timeline draws it.</summary>
public enum TimelinePhase
{
    Polite,
    Connect,
    FirstByte,
    Body,
    RetryWait,
    Parse,
}

/// <summary>One part of a request's bar, in milliseconds from its pass's start.</summary>
public sealed record TimelineSegment(TimelinePhase Phase, double FromMs, double ToMs);

/// <summary>One request (page) of a pass: its word and its phases from taking a slot to the end of its parse.</summary>
public sealed record TimelineBar(string Word, double StartMs, double SlotWaitMs, IReadOnlyList<TimelineSegment> Segments)
{
    public double EndMs => Segments.Count == 0 ? StartMs : Segments[^1].ToMs;
}

/// <summary>One pass drawn as rows of request slots; each bar sits in the row of the slot it held.</summary>
public sealed record TimelinePass(BenchMode Mode, int Concurrency, double WallMs, double? Speedup, IReadOnlyList<IReadOnlyList<TimelineBar>> Lanes)
{
    public int Requests => Lanes.Sum(lane => lane.Count);

    public string Label => Mode == BenchMode.Sync ? "sync" : $"{Mode.ToString().ToLowerInvariant()} c={Concurrency}";
}
