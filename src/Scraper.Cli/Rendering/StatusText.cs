using Scraper.Results;

namespace Scraper.Cli.Rendering;

/// <summary>A status as the result file spells it ("not-found").</summary>
internal static class StatusText
{
    public static string Of(LookupStatus status) => status switch
    {
        LookupStatus.NotFound => "not-found",
        _ => status.ToString().ToLowerInvariant(),
    };
}
