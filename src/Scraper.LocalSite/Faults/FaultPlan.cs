namespace Scraper.LocalSite.Faults;

/// <summary>
/// Decides, from the path and the attempt number alone, whether a request meets a fault, so a run can be repeated
/// exactly and every path succeeds once retried enough (at most three attempts).
/// </summary>
/// <remarks>
/// Each path draws one stable number u in [0, 1). The rates are laid end to end on [0, 1) as bands
/// (stall, reset, throttle, fail): the band u falls in is the path's fault. Bands do not overlap, so each kind
/// hits its own rate exactly, never hidden behind another. A failing path also fails its second attempt when a
/// second stable number, drawn for (path, "fail-again"), is below one half.
/// </remarks>
internal sealed class FaultPlan
{
    private readonly double _stallEnd;
    private readonly double _resetEnd;
    private readonly double _throttleEnd;
    private readonly double _failEnd;

    public FaultPlan(LocalSiteOptions options)
    {
        Check(options.StallRate, nameof(options.StallRate));
        Check(options.ResetRate, nameof(options.ResetRate));
        Check(options.ThrottleRate, nameof(options.ThrottleRate));
        Check(options.FailRate, nameof(options.FailRate));
        _stallEnd = options.StallRate;
        _resetEnd = _stallEnd + options.ResetRate;
        _throttleEnd = _resetEnd + options.ThrottleRate;
        _failEnd = _throttleEnd + options.FailRate;
        if (_failEnd > 1.0 + 1e-9)
        {
            throw new ArgumentException("The fault rates add up to more than 1.", nameof(options));
        }
    }

    public FaultKind Decide(string path, int attempt)
    {
        if (attempt > 2 || _failEnd <= 0)
        {
            return FaultKind.None;
        }

        var u = StableHash.Unit(path, "fault");
        var kind = u switch
        {
            _ when u < _stallEnd => FaultKind.Stall,
            _ when u < _resetEnd => FaultKind.Reset,
            _ when u < _throttleEnd => FaultKind.Throttle,
            _ when u < _failEnd => FaultKind.Fail,
            _ => FaultKind.None,
        };

        if (attempt == 1)
        {
            return kind;
        }

        return kind == FaultKind.Fail && StableHash.Unit(path, "fail-again") < 0.5 ? FaultKind.Fail : FaultKind.None;
    }

    private static void Check(double rate, string name)
    {
        if (double.IsNaN(rate) || rate is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(name, rate, "A fault rate is a probability between 0 and 1.");
        }
    }
}
