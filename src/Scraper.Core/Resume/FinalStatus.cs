using Scraper.Results;

namespace Scraper.Resume;

/// <summary>Which statuses a resumed run keeps.</summary>
internal static class FinalStatus
{
    /// <summary>found, not-found and empty: the site answered, and asking again would give the same.</summary>
    public static bool Is(LookupStatus status) => status is LookupStatus.Found or LookupStatus.NotFound or LookupStatus.Empty;
}
