using Scraper.Tests.Cli;
using Scraper.Cli;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Audio;

/// <summary>`lookup --play` against the embedded local site, with a fake player on the search path.</summary>
public sealed class PlayAudioTests : IAsyncLifetime
{
    private const string NoPlayerLine = "scraper: no audio player found: install ffplay or mpv, or use --save-audio DIR";
    private Site site = null!;

    public async ValueTask InitializeAsync() => site = await Site.StartAsync(new(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await site.DisposeAsync();

    [Fact]
    public async Task Play_plays_the_exact_bytes_of_the_first_found_words_first_recording_and_removes_the_temporary_file()
    {
        using var player = new FakePlayer("mpv");

        var run = await LookupAsync(player.Folder, "zzquorp", "quorble", "love", "--play", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var first = JsonResults.FromArray(run.Out)[1].Entries()[0].GetProperty("audio")[0].GetProperty("url").GetString()!;
        Assert.Equal(1, site.GetStats().AttemptsByPath[new Uri(first).AbsolutePath]);
        using var client = new HttpClient();
        Assert.Equal(await client.GetByteArrayAsync(new Uri(first), TestContext.Current.CancellationToken), player.Played);
        Assert.Equal(["--no-video", "--really-quiet"], player.Arguments[..^1]);
        Assert.EndsWith(".mp3", player.Arguments[^1], StringComparison.Ordinal);
        Assert.False(File.Exists(player.Arguments[^1]));
        Assert.DoesNotContain("scraper:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ffplay_comes_before_mpv_when_both_are_there()
    {
        using var player = new FakePlayer("mpv");
        using var ffplay = new FakePlayer("ffplay");

        var run = await LookupAsync($"{player.Folder}{Path.PathSeparator}{ffplay.Folder}", "love", "--play");

        Assert.Equal(0, run.ExitCode);
        Assert.True(ffplay.HasPlayed);
        Assert.False(player.HasPlayed);
        Assert.Equal(["-nodisp", "-autoexit", "-loglevel", "quiet"], ffplay.Arguments[..^1]);
    }

    [Fact]
    public async Task Without_a_player_the_entries_are_printed_one_line_says_so_and_the_exit_code_is_3_with_nothing_fetched()
    {
        using var empty = new TempDirectory();

        var run = await LookupAsync(empty.Path, "love", "--play");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("love", run.Out, StringComparison.Ordinal);
        Assert.Equal([NoPlayerLine], run.ErrorLines.Where(l => l.StartsWith("scraper:", StringComparison.Ordinal)));
        Assert.DoesNotContain(site.GetStats().AttemptsByPath.Keys, path => path.StartsWith("/media/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_player_that_fails_is_exit_3_with_its_code_said()
    {
        using var player = new FakePlayer("mpv", exitCode: 2);

        var run = await LookupAsync(player.Folder, "love", "--play");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("scraper: --play: mpv could not play it (exit code 2)", run.ErrorLines);
        Assert.Contains("love", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_player_that_never_ends_is_stopped_after_5_seconds_with_one_line_and_exit_3()
    {
        using var player = new FakePlayer("mpv", hangs: true);

        var run = await LookupAsync(player.Folder, "love", "--play");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal(TimeSpan.FromSeconds(5), Scraper.Cli.Audio.RecordingPlayer.MostPlayTime);
        Assert.Contains("mpv had not played the recording after 5 s and was stopped", Assert.Single(run.ErrorLines, l => l.StartsWith("scraper:", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_found_word_means_nothing_to_play_and_exit_3_not_1()
    {
        using var player = new FakePlayer();

        var run = await LookupAsync(player.Folder, "zzquorp", "--play");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("scraper: --play: no word was found, so there is no recording to play", run.ErrorLines);
        Assert.False(player.HasPlayed);
    }

    [Fact]
    public async Task A_recording_goes_through_the_same_robots_txt_as_the_pages_and_a_disallowed_one_is_never_requested()
    {
        using var player = new FakePlayer();
        await using var strict = await Site.StartAsync(new() { RobotsTxt = "User-agent: *\nDisallow: /media/\n" }, TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(
            "",
            console => console with { SearchPath = player.Folder },
            ["lookup", "love", "--play", "--site", "macmillan", "--base-url", strict.BaseUrl.AbsoluteUri]);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var recording = new Uri(strict.BaseUrl, "/media/american/uk_pron/love_1.mp3").AbsoluteUri;
        Assert.Contains($"scraper: --play: cannot fetch the recording of 'love' ({recording}): disallowed by robots.txt", run.ErrorLines);
        Assert.DoesNotContain(strict.GetStats().AttemptsByPath.Keys, path => path.StartsWith("/media/", StringComparison.Ordinal));
        Assert.False(player.HasPlayed);
        Assert.Contains("love", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_player_but_with_save_audio_the_line_points_to_the_saved_files()
    {
        using var empty = new TempDirectory();
        var saved = Path.Combine(empty.Path, "saved");

        var run = await LookupAsync(empty.Path, "love", "--play", "--save-audio", saved);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"scraper: no audio player found: install ffplay or mpv (the recordings are saved in '{saved}')", run.ErrorLines);
        Assert.Equal(2, Directory.GetFiles(saved).Length);
    }

    [Fact]
    public async Task The_tool_run_as_a_process_finds_the_player_on_its_own_PATH()
    {
        using var player = new FakePlayer("ffplay");
        var cancellation = TestContext.Current.CancellationToken;

        using var child = ServeProcess.StartInShell(
            $"PATH='{player.Folder}':\"$PATH\"; export PATH;", "", "lookup", "love", "--play", "--site", "macmillan", "--base-url", site.BaseUrl.AbsoluteUri);
        var output = child.Process.StandardOutput.ReadToEndAsync(cancellation);
        var error = child.Process.StandardError.ReadToEndAsync(cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await child.Process.WaitForExitAsync(timeout.Token);

        Assert.True(child.Process.ExitCode == 0, await error);
        Assert.Contains("love", await output, StringComparison.Ordinal);
        Assert.Equal(["-nodisp", "-autoexit", "-loglevel", "quiet"], player.Arguments[..^1]);
        Assert.Equal(0, player.Played.Length % 417);
        Assert.NotEmpty(player.Played);
    }

    private Task<CliRun> LookupAsync(string searchPath, params string[] wordsAndOptions) => CliRun.RunAsync(
        "",
        console => console with { SearchPath = searchPath },
        ["lookup", .. wordsAndOptions, "--site", "macmillan", "--base-url", site.BaseUrl.AbsoluteUri]);
}
