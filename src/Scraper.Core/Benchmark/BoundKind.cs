namespace Scraper.Benchmark;

/// <summary>What a lower bound on a pass's wall time comes from; written "latency", "rate", "cpu", "bandwidth", "start".</summary>
public enum BoundKind
{
    /// <summary>ceil(N / c) waves of requests, each at least the fastest page's latency.</summary>
    Latency,

    /// <summary>(N − 1) gaps at the host's request rate (--rate, the profile's, or a slower Crawl-delay).</summary>
    Rate,

    /// <summary>The CPU the pass used, spread over every core: N · t / k.</summary>
    Cpu,

    /// <summary>The pass's bytes at the fastest rate a page's body was read at.</summary>
    Bandwidth,

    /// <summary>Opening a connection, then one page.</summary>
    Start,
}
