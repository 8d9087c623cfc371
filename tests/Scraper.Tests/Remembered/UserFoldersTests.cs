using Scraper.Cli.Remembered;

namespace Scraper.Tests.Remembered;

/// <summary>Where each platform keeps the default cache and the history.</summary>
public sealed class UserFoldersTests
{
    [Fact]
    public void Linux_uses_the_xdg_folders_when_set()
    {
        var folders = UserFolders.For("unix", Env(("HOME", "/home/ann"), ("XDG_CACHE_HOME", "/tmp/c"), ("XDG_DATA_HOME", "/tmp/d")));

        Assert.Equal(new UserFolders("/tmp/c/scraper", "/tmp/d/scraper/history.jsonl"), folders);
    }

    [Fact]
    public void Linux_falls_back_to_home_and_ignores_a_relative_xdg_folder()
    {
        var folders = UserFolders.For("unix", Env(("HOME", "/home/ann"), ("XDG_CACHE_HOME", "relative/cache")));

        Assert.Equal(new UserFolders("/home/ann/.cache/scraper", "/home/ann/.local/share/scraper/history.jsonl"), folders);
    }

    [Fact]
    public void Without_a_home_nothing_is_remembered()
    {
        Assert.Equal(UserFolders.None, UserFolders.For("unix", Env()));
    }

    [Fact]
    public void MacOS_uses_library_caches_and_application_support()
    {
        var folders = UserFolders.For("macos", Env(("HOME", "/Users/ann"), ("XDG_CACHE_HOME", "/tmp/c")));

        Assert.Equal(new UserFolders("/Users/ann/Library/Caches/scraper", "/Users/ann/Library/Application Support/scraper/history.jsonl"), folders);
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
