using System.Globalization;
using AngleSharp.Css.Parser;

namespace Scraper.Sites;

/// <summary>What a profile read from a file must satisfy before any request is made.</summary>
internal static class SiteProfileRules
{
    // The one placeholder PageAddress fills with the keyword's slug.
    private const string Placeholder = "{slug}";

    public static string? FindProblem(SiteProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            return "'name' is empty";
        }

        // The rule of --base-url (OriginRule): a password in a site file would show in results, logs and the history too.
        var origin = profile.Origin;
        if (OriginRule.Problem(origin) is { } originProblem)
        {
            return origin is { IsAbsoluteUri: true, UserInfo.Length: > 0 } ? $"'origin' {originProblem}" : $"'origin' {originProblem}, not '{origin?.OriginalString}'";
        }

        if (!Enum.IsDefined(profile.SlugRule))
        {
            return $"'slugRule' must be one of {string.Join(", ", Enum.GetNames<SlugRule>())}";
        }

        var placeholders = Count(profile.PathTemplate, Placeholder);
        if (placeholders != 1 || !profile.PathTemplate.StartsWith('/'))
        {
            return $"'pathTemplate' must start with '/' and hold {Placeholder} exactly once (it holds it {placeholders} times): '{profile.PathTemplate}'";
        }

        if (Archive(profile) is { } archiveProblem)
        {
            return archiveProblem;
        }

        // The rule of --rate (RequestRateRange): 1e-300 or 1e308 would break the host's rate limiter.
        if (profile.RequestsPerSecond is { } rate && !RequestRateRange.Allows(rate))
        {
            return $"'requestsPerSecond' must be {RequestRateRange.Described}, or null for no limit, not {rate.ToString(CultureInfo.InvariantCulture)}";
        }

        if (profile.CheckWords.Count == 0 || profile.CheckWords.Any(string.IsNullOrWhiteSpace))
        {
            return "'checkWords' must list at least one word, and no blank one";
        }

        return Selectors(profile.Selectors);
    }

    // An archive profile's template is the archive's address of the archived page; a live one has no timestamp in it.
    private static string? Archive(SiteProfile profile)
    {
        var placeholders = Count(profile.PathTemplate, WaybackAddress.TimestampPlaceholder);
        if (profile.ArchiveTimestamp is not { } timestamp)
        {
            return placeholders == 0 ? null
                : $"'pathTemplate' holds {WaybackAddress.TimestampPlaceholder}, which only an archive profile has: set 'archiveTimestamp' too";
        }

        if (!WaybackAddress.IsTimestamp(timestamp))
        {
            return $"'archiveTimestamp' must be a time as the archive writes it, yyyyMMddHHmmss or its first digits down to the year (e.g. 20230601), not '{timestamp}'";
        }

        return placeholders == 1 && WaybackAddress.ArchivedHost(profile) is not null ? null
            : $"'pathTemplate' of an archive profile must be /web/{WaybackAddress.TimestampPlaceholder}id_/ followed by the archived page's http(s) URL with {Placeholder}, not '{profile.PathTemplate}'";
    }

    // Every text field of SiteSelectors is a CSS selector; read through the metadata so that new ones are checked too.
    private static string? Selectors(SiteSelectors selectors)
    {
        var parser = new CssSelectorParser();
        foreach (var property in SiteProfileJsonContext.Default.SiteSelectors.Properties)
        {
            var texts = property.Get?.Invoke(selectors) switch
            {
                string one => [one],
                IEnumerable<string> many => many,
                _ => [],
            };
            foreach (var text in texts)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    if (property.IsRequired)
                    {
                        return $"'selectors.{property.Name}' is empty";
                    }
                }
                else if (parser.ParseSelector(text) is null)
                {
                    return $"'selectors.{property.Name}' is not a valid CSS selector: '{text}'";
                }
            }
        }

        return null;
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
