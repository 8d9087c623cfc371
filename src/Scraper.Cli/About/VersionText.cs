using System.Reflection;

namespace Scraper.Cli.About;

/// <summary>"scraper 1.0.0 (abc1234)": the program, its version and the short commit it was built from.</summary>
internal static class VersionText
{
    private static readonly string Informational =
        typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version without the commit: "1.0.0".</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>The first 7 hex digits of the commit the SDK stamped after the "+", or null when it stamped none.</summary>
    public static string? Commit =>
        Informational.Split('+') is [_, var sha, ..] && sha.Length >= 7 ? sha[..7] : null;

    public static string Line => Commit is null ? $"scraper {Version}" : $"scraper {Version} ({Commit})";
}
