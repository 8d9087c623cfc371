namespace Scraper.Tests.Support;

/// <summary>What <see cref="BodyFaultServer"/> does after the first part of a body.</summary>
public enum BodyFault
{
    /// <summary>Sends nothing more, and holds the connection open.</summary>
    Stall,

    /// <summary>Resets the connection (RST).</summary>
    Reset,

    /// <summary>Sends chunks for as long as the client reads them.</summary>
    Endless,
}
