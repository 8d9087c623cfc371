using System.Reflection;

namespace Scraper.Fetching;

/// <summary>
/// Who the tool says it is to the sites it visits. The URL comes from <c>RepositoryUrl</c> in Directory.Build.props,
/// compiled into this assembly's metadata, so that it is set in one place only.
/// </summary>
public static class ProjectInfo
{
    private static readonly Assembly Core = typeof(ProjectInfo).Assembly;

    /// <summary>Where a site operator can read what the tool is and who runs it.</summary>
    public static string RepositoryUrl { get; } =
        Core.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value ?? "";

    /// <summary>"scraper/1.0 (+URL; command-line dictionary lookup)": name, version and a page about the tool.</summary>
    public static string UserAgent { get; } =
        $"scraper/{Core.GetName().Version?.ToString(2) ?? "1.0"} ({(RepositoryUrl.Length > 0 ? $"+{RepositoryUrl}; " : "")}command-line dictionary lookup)";
}
