namespace Scraper.Cli.Remembered;

/// <summary>
/// Where a user's remembered lookups live: the default page cache and the history file, by the platform's rules.
/// Null where the platform's folder cannot be told (no HOME): then there is no default cache, and no history.
/// </summary>
internal sealed record UserFolders(string? CacheDirectory, string? HistoryPath)
{
    /// <summary>No folders: nothing is remembered (the default of a console made by a test).</summary>
    public static UserFolders None { get; } = new(null, null);

    /// <summary>
    /// The config file (<see cref="Settings.UserConfigFile"/>): <c>$XDG_CONFIG_HOME/scraper/config.toml</c>, else
    /// <c>~/.config/scraper/config.toml</c>, on Linux and macOS alike; <c>%APPDATA%\scraper\config.toml</c> on
    /// Windows; null (no file read) where neither can be told, and for a test's folders unless it sets one.
    /// </summary>
    public string? ConfigPath { get; init; }

    public static UserFolders FromEnvironment()
    {
        var platform = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "unix";
        return For(platform, Environment.GetEnvironmentVariable) with { ConfigPath = ConfigFor(platform, Environment.GetEnvironmentVariable) };
    }

    /// <summary>Where the config file is by the platform's rules (see <see cref="ConfigPath"/>).</summary>
    public static string? ConfigFor(string platform, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (platform == "windows")
        {
            return Absolute(environment("APPDATA")) is { } roaming ? Path.Combine(roaming, "scraper", "config.toml") : null;
        }

        var home = Absolute(environment("HOME"));
        var config = Absolute(environment("XDG_CONFIG_HOME")) ?? (home is null ? null : Path.Combine(home, ".config"));
        return config is null ? null : Path.Combine(config, "scraper", "config.toml");
    }

    /// <summary>
    /// Linux and other Unix: <c>$XDG_CACHE_HOME/scraper</c> and <c>$XDG_DATA_HOME/scraper/history.jsonl</c>, else
    /// under <c>~/.cache</c> and <c>~/.local/share</c>; macOS: <c>~/Library/Caches/scraper</c> and
    /// <c>~/Library/Application Support/scraper</c>; Windows: <c>%LOCALAPPDATA%\scraper\cache</c> and
    /// <c>%LOCALAPPDATA%\scraper\history.jsonl</c>.
    /// </summary>
    public static UserFolders For(string platform, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (platform == "windows")
        {
            var local = Absolute(environment("LOCALAPPDATA"));
            return local is null ? None : new(Path.Combine(local, "scraper", "cache"), Path.Combine(local, "scraper", "history.jsonl"));
        }

        var home = Absolute(environment("HOME"));
        if (platform == "macos")
        {
            return home is null ? None : new(
                Path.Combine(home, "Library", "Caches", "scraper"),
                Path.Combine(home, "Library", "Application Support", "scraper", "history.jsonl"));
        }

        // The XDG spec says a relative path in these variables is invalid and to be ignored.
        var cache = Absolute(environment("XDG_CACHE_HOME")) ?? (home is null ? null : Path.Combine(home, ".cache"));
        var data = Absolute(environment("XDG_DATA_HOME")) ?? (home is null ? null : Path.Combine(home, ".local", "share"));
        return new(cache is null ? null : Path.Combine(cache, "scraper"), data is null ? null : Path.Combine(data, "scraper", "history.jsonl"));
    }

    private static string? Absolute(string? path) => string.IsNullOrWhiteSpace(path) || !Path.IsPathRooted(path) ? null : path;
}
