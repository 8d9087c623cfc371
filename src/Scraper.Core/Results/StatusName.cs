using System.Text.Json;

namespace Scraper.Results;

/// <summary>A status as PRODUCT.md and the result files spell it ("found", "not-found"), both ways.</summary>
public static class StatusName
{
    private static readonly string[] Names =
        [.. Enum.GetValues<LookupStatus>().Select(s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()))];

    private static readonly Dictionary<string, LookupStatus> ByName =
        Enum.GetValues<LookupStatus>().ToDictionary(s => Names[(int)s], StringComparer.Ordinal);

    public static string Of(LookupStatus status) => Names[(int)status];

    public static bool TryParse(string? name, out LookupStatus status) => ByName.TryGetValue(name ?? "", out status);
}
