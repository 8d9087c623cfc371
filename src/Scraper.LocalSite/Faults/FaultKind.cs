namespace Scraper.LocalSite.Faults;

/// <summary>What the site does instead of answering normally.</summary>
internal enum FaultKind
{
    None,

    /// <summary>503 Service Unavailable.</summary>
    Fail,

    /// <summary>429 Too Many Requests with <c>Retry-After: 1</c>.</summary>
    Throttle,

    /// <summary>Part of the body, then the connection is dropped.</summary>
    Reset,

    /// <summary>No answer until the client goes away or the site stops.</summary>
    Stall,
}
