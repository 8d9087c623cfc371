namespace Scraper.Lookup;

/// <summary>One check word's outcome and why, e.g. "love: blocked: the site refused the tool (HTTP 403)".</summary>
public sealed record WordCheck(string Word, CheckOutcome Outcome, string Detail)
{
    public bool Passed => Outcome == CheckOutcome.Passed;

    /// <summary>"ok", "drift", "blocked", "not-found" or "failed".</summary>
    public string Label => Outcome switch
    {
        CheckOutcome.Passed => "ok",
        CheckOutcome.Drifted => "drift",
        CheckOutcome.Blocked => "blocked",
        CheckOutcome.NotFound => "not-found",
        _ => "failed",
    };

    public override string ToString() => $"{Word}: {Label}: {Detail}";
}
