namespace Scraper.Results;

/// <summary>How the lookup of one word ended. Serialized as kebab-case ("not-found").</summary>
public enum LookupStatus
{
    Found,
    NotFound,
    Failed,
    Blocked,
    Empty,
}
