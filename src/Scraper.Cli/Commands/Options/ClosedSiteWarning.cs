using Scraper.Fetching;
using Scraper.Results;
using Scraper.Sites;
using Serilog;

namespace Scraper.Cli.Commands;

/// <summary>
/// Says once per run, as a warning, that Macmillan Dictionary closed and what to use instead, when a word of a
/// Macmillan profile failed in the way the closure explains (<see cref="MacmillanClosure"/>). Once, because a batch
/// against the closed site fails every word the same way.
/// </summary>
internal sealed class ClosedSiteWarning(SiteProfile profile, Uri? baseUrl, ILogger log)
{
    private bool said;

    public void Observe(LookupResult result)
    {
        if (said || !MacmillanClosure.Explains(profile, baseUrl, result))
        {
            return;
        }

        said = true;
        var what = result.Failure == FetchFailure.HostNotFound
            ? $"{(baseUrl ?? profile.Origin).Host} cannot be found from here"
            : "its pages now redirect to Macmillan Education";
        log.Warning(
            "Macmillan Dictionary closed on 30 June 2023 ({What:l}). Offline, the embedded local site answers: {Command:l}. " +
            "Online, --site macmillan-archive reads its pages in the Internet Archive, or try another site such as --site wiktionary (see 'scraper sites')",
            what,
            $"scraper lookup {ShellWord(result.Keyword)} --site local");
    }

    // The word as it can be pasted into a shell: as it is when it is plain, else in single quotes.
    private static string ShellWord(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
