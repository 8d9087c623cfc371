using Scraper.Results;

namespace Scraper.Sites;

/// <summary>
/// The free Macmillan Dictionary closed on 30 June 2023: its URLs redirect to Macmillan Education, and a machine
/// offline (or, one day, the name itself) cannot resolve its host. A user of the default profile sees either as a
/// network error; this recognises the failures the closure explains, so that the tool can say what to try instead.
/// </summary>
public static class MacmillanClosure
{
    private static readonly string[] Profiles = ["macmillan", "macmillan-uk"];

    /// <param name="baseUrl">The run's --base-url: behind it, a host that cannot be found is the user's mirror, not Macmillan.</param>
    public static bool Explains(SiteProfile profile, Uri? baseUrl, LookupResult result)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status != LookupStatus.Failed || !Profiles.Contains(profile.Name, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        return result.Failure switch
        {
            FetchFailure.HostNotFound => baseUrl is null,
            FetchFailure.OffSiteRedirect => result.Error?.Contains("macmillaneducation.", StringComparison.OrdinalIgnoreCase) == true,
            _ => false,
        };
    }
}
