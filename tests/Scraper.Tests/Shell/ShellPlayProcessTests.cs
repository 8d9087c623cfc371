using System.Text;
using System.Text.RegularExpressions;
using Scraper.Tests.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Shell;

/// <summary>
/// The built `scraper shell` on two sites (longman, oxford, each on its own local server): `:play` with a fake player
/// on PATH, without one, and stopped by Ctrl+C; and the "Did you mean" suggestions of both sites, numbered once.
/// </summary>
public sealed class ShellPlayProcessTests : IAsyncLifetime
{
    private const string LongmanRecording = "ID3 the longman recording of love";
    private const string OxfordRecording = "ID3 the oxford recording of love";
    private readonly TempDirectory home = new();
    private LoveSites sites = null!;

    public async ValueTask InitializeAsync()
    {
        sites = await LoveSites.StartAsync(TestContext.Current.CancellationToken);
        sites.Servers["longman"].Script("/media/love.mp3", Recording(LongmanRecording));
        sites.Servers["oxford"].Script("/media/love_gb.mp3", Recording(OxfordRecording));
    }

    public async ValueTask DisposeAsync()
    {
        await sites.DisposeAsync();
        home.Dispose();
    }

    [Fact]
    public async Task Play_plays_the_exact_bytes_of_the_first_sites_recording_of_the_last_word_found_through_that_sites_server()
    {
        // Arrange
        using var player = new FakePlayer("mpv");
        using var shell = Start(player.Folder);

        // Act and Assert: nothing found yet
        await shell.TypeAsync(":play\n");
        await shell.WaitForErrorAsync(":play: no word found yet, so there is no recording to play");

        // longman first: its recording
        await shell.TypeAsync("love\n:play\n");
        await shell.WaitUntilAsync(() => player.HasPlayed, "the player to play");
        Assert.Equal(Encoding.UTF8.GetBytes(LongmanRecording), player.Played);
        File.Delete(Path.Combine(player.Folder, "played.bin"));

        // oxford first, and a word not found after love: still love's recording, oxford's this time
        await shell.TypeAsync(":site oxford,longman\nlove\nzzlove\n:play\n");
        await shell.WaitUntilAsync(() => player.HasPlayed, "the player to play again");
        Assert.Equal(Encoding.UTF8.GetBytes(OxfordRecording), player.Played);
        shell.CloseInput();

        // the first :play had nothing to play: a piped shell counts it as lookup --play does, with 3
        Assert.Equal(3, await shell.ExitCodeAsync());
        Assert.Equal(1, sites.Servers["longman"].RequestsTo("/media/love.mp3"));
        Assert.Equal(1, sites.Servers["oxford"].RequestsTo("/media/love_gb.mp3"));
        Assert.DoesNotContain(":play: ", shell.Error.Replace(":play: no word found yet", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Play_without_a_player_on_PATH_says_so_fetches_nothing_and_the_shell_goes_on()
    {
        // Arrange
        using var empty = new TempDirectory();
        using var shell = Start(empty.Path);

        // Act
        await shell.TypeAsync("love\n:play\nlove\n");
        await shell.WaitForOutAsync("══ love", times: 2);
        shell.CloseInput();

        // Assert: as lookup --play without a player, 3
        Assert.Equal(3, await shell.ExitCodeAsync());
        Assert.Contains(":play: no audio player found: install ffplay or mpv\n", shell.Error, StringComparison.Ordinal);
        Assert.Equal(0, sites.Servers["longman"].RequestsTo("/media/love.mp3"));
    }

    [Fact]
    public async Task Ctrl_C_during_play_stops_the_player_and_the_shell_goes_on()
    {
        // Arrange: a player that says it started, then plays for half a minute
        using var folder = new TempDirectory();
        var script = Path.Combine(folder.Path, "mpv");
        File.WriteAllText(script, "#!/bin/sh\n: > \"${0%/*}/started\"\nexec /bin/sleep 30\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        using var shell = Start(folder.Path);

        // Act
        await shell.TypeAsync("love\n:play\n");
        await shell.WaitUntilAsync(() => File.Exists(Path.Combine(folder.Path, "started")), "the player to start");
        await shell.InterruptAsync();
        await shell.WaitForErrorAsync(":play: stopped");
        await shell.TypeAsync("love\n");
        await shell.WaitForOutAsync("══ love", times: 2);
        shell.CloseInput();

        // Assert
        Assert.Equal(0, await shell.ExitCodeAsync());
    }

    [Fact]
    public async Task The_suggestions_of_both_sites_are_numbered_once_in_site_order_and_the_history_has_each_sites_result()
    {
        // Arrange
        sites.Servers["longman"].Script("/dictionary/quindel", FixtureResponse.Html(Fixture("longman", "quindel-notfound.html")));
        sites.Servers["oxford"].Script("/definition/english/quindel", FixtureResponse.Html(Fixture("oxford", "quindel-notfound.html")));
        using var shell = Start(null);

        // Act: longman suggests quindle and kindle, oxford quindle and spindle; 3 is spindle
        await shell.TypeAsync("quindel\n");
        await shell.WaitForOutAsync("Did you mean: 1 quindle");
        await shell.TypeAsync("3\n:history 2\n");
        await shell.WaitForErrorAsync("spindle  oxford");
        shell.CloseInput();

        // Assert: quindel is not in either dictionary, so 1
        Assert.Equal(1, await shell.ExitCodeAsync());
        var numbered = shell.Out.Split('\n').Single(l => l.Contains("1 quindle", StringComparison.Ordinal));
        Assert.Matches(@"Did you mean: 1 quindle\s+2 kindle\s+3 spindle\s*$", numbered);
        Assert.Single(Regex.Matches(shell.Out, "Did you mean"));
        Assert.Equal(2, Regex.Matches(shell.Out, "quindel: not in the dictionary").Count);
        Assert.Equal(1, sites.Servers["longman"].RequestsTo("/dictionary/spindle"));
        Assert.Equal(1, sites.Servers["oxford"].RequestsTo("/definition/english/spindle"));
        Assert.Matches(@"spindle\s+longman\s+", shell.Error);
    }

    private static FixtureResponse Recording(string bytes) => new(200, bytes, new Dictionary<string, string> { ["Content-Type"] = "audio/mpeg" });

    private static string Fixture(string site, string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", site, file));

    private ShellProcess Start(string? path) =>
        ShellProcess.PipedWithPath(home.Path, path, ["--site", "longman,oxford", "--no-cache", "--retries", "0", .. sites.For("longman", "oxford")]);
}
