using System.Globalization;

namespace Scraper.Sites;

/// <summary>
/// The requests per second a host may be given, whoever gives it (--rate, a site file's requestsPerSecond): one rule.
/// 0 is no limit; otherwise from one request in 1,000 s to a million a second, the range a rate limiter can hold
/// (1e-300 would wait longer than a TimeSpan can say, 1e308 would overflow a token bucket).
/// </summary>
public static class RequestRateRange
{
    public const double Min = 0.001;

    public const double Max = 1_000_000;

    /// <summary>What the rule allows, for an error message: "requests per second from 0.001 to 1000000 (or 0: no limit)".</summary>
    public static readonly string Described = string.Create(CultureInfo.InvariantCulture, $"requests per second from {Min} to {Max} (or 0: no limit)");

    public static bool Allows(double rate) => rate is 0 or (>= Min and <= Max);
}
