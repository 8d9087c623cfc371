using Serilog;

namespace Scraper.Fetching;

/// <summary>
/// The hosts of a run or session, each with what it is owed (<see cref="HostPolicy"/>), keyed by authority: every
/// site that lands on a host shares its entry, in every command. The rate of a host is decided here, once: --rate
/// when given, else the slowest rate of the sites on that host (a host no site named, such as a recordings host,
/// gets the slowest of all), slowed further where its robots.txt asks for a Crawl-delay.
/// </summary>
public sealed class HostPolicies : IDisposable
{
    private readonly HostRules rules;
    private readonly TimeProvider time;
    private readonly ILogger log;
    private readonly Lock gate = new();
    private readonly Dictionary<string, HostPolicy> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, double> siteRates = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> cutOff = [];

    public HostPolicies(HostRules rules, TimeProvider time, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.rules = rules;
        this.time = time;
        this.log = log;
    }

    /// <summary>The hosts cut off so far by their breakers, each with why ("127.0.0.1:5000 refused 20 pages in a row").</summary>
    public IReadOnlyList<string> CutOff
    {
        get
        {
            lock (gate)
            {
                return [.. cutOff];
            }
        }
    }

    /// <summary>A site lands on <paramref name="origin"/>'s host, asking for <paramref name="requestsPerSecond"/> (null or 0: no limit).</summary>
    public void AddSite(Uri origin, double? requestsPerSecond)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var rate = rules.RequestsPerSecond is not null || (origin.IsLoopback && !rules.SiteRatesOnLoopback) ? 0 : requestsPerSecond ?? 0;
        lock (gate)
        {
            siteRates[origin.Authority] = siteRates.TryGetValue(origin.Authority, out var other) ? Slowest(other, rate) : rate;
            if (hosts.TryGetValue(origin.Authority, out var known))
            {
                known.SlowTo(siteRates[origin.Authority]);
            }
        }
    }

    /// <summary>The entry of <paramref name="url"/>'s host, made on first use.</summary>
    internal HostPolicy For(Uri url)
    {
        lock (gate)
        {
            if (!hosts.TryGetValue(url.Authority, out var policy))
            {
                policy = new HostPolicy(url.Authority, RateFor(url.Authority), rules.CutOffAfter, time, log, OnCutOff);
                hosts[url.Authority] = policy;
            }

            return policy;
        }
    }

    /// <summary>Requests per second to <paramref name="host"/> in force now; 0: no limit.</summary>
    public double RateOf(string host)
    {
        lock (gate)
        {
            return hosts.TryGetValue(host, out var policy) ? policy.RequestsPerSecond : RateFor(host);
        }
    }

    /// <summary>
    /// Forgets what <paramref name="url"/>'s host said (robots.txt, breaker, pause) if it was learnt at least
    /// <paramref name="age"/> ago, so that its next page asks afresh; true if it did.
    /// </summary>
    public bool ForgetOlderThan(Uri url, TimeSpan age)
    {
        ArgumentNullException.ThrowIfNull(url);
        lock (gate)
        {
            if (!hosts.TryGetValue(url.Authority, out var policy) || time.GetElapsedTime(policy.Created) < age)
            {
                return false;
            }

            hosts.Remove(url.Authority);
            policy.Dispose();
            return true;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            foreach (var policy in hosts.Values)
            {
                policy.Dispose();
            }

            hosts.Clear();
        }
    }

    // Called with the gate free: the breaker's lock is the policy's own.
    private void OnCutOff(string reason)
    {
        lock (gate)
        {
            cutOff.Add(reason);
        }
    }

    private double RateFor(string host) =>
        rules.RequestsPerSecond is double rate ? Math.Max(0, rate)
        : siteRates.TryGetValue(host, out var own) ? own
        : siteRates.Values.DefaultIfEmpty(0).Aggregate(Slowest);

    // 0 is no limit, so any limit is slower.
    private static double Slowest(double a, double b) => a <= 0 ? b : b <= 0 ? a : Math.Min(a, b);
}
