using System.Text.Json;
using Scraper.Results;

namespace Scraper.Resume;

/// <summary>Statuses as results files spell them ("not-found"), read back.</summary>
internal static class StatusNames
{
    private static readonly Dictionary<string, LookupStatus> ByName = Enum.GetValues<LookupStatus>()
        .ToDictionary(s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()), StringComparer.Ordinal);

    public static bool TryParse(string? name, out LookupStatus status) => ByName.TryGetValue(name ?? "", out status);

    /// <summary>found, not-found and empty: the site answered, and asking again would give the same.</summary>
    public static bool IsFinal(LookupStatus status) => status is LookupStatus.Found or LookupStatus.NotFound or LookupStatus.Empty;
}
