using Scraper.Tests.Cli;
using Scraper.Cli;
using Scraper.Tests.Support;
using Site = Scraper.LocalSite.LocalSite;

namespace Scraper.Tests.Audio;

/// <summary>`lookup --save-audio DIR`: the found words' recordings kept as plainly named files.</summary>
public sealed class SaveAudioTests : IAsyncLifetime
{
    private const string Prefix = JsonResults.Prefix;
    private readonly TempDirectory folder = new();
    private Site site = null!;

    public async ValueTask InitializeAsync() => site = await Site.StartAsync(new(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await site.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Each_found_word_gets_its_british_and_american_recording_with_the_bytes_the_site_served()
    {
        var target = Path.Combine(folder.Path, "new", "audio");

        var run = await LookupAsync("quorble", "zzquorp", "Two Words", "--save-audio", target, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["quorble-uk.mp3", "quorble-us.mp3", "two-words-uk.mp3", "two-words-us.mp3"],
            Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var results = JsonResults.FromArray(run.Out);
        using var client = new HttpClient();
        foreach (var (result, name) in new[] { (results[0], "quorble"), (results[2], "two-words") })
        {
            foreach (var recording in result.Entries()[0].GetProperty("audio").EnumerateArray())
            {
                var served = await client.GetByteArrayAsync(new Uri(recording.GetProperty("url").GetString()!), TestContext.Current.CancellationToken);
                Assert.Equal(served, await File.ReadAllBytesAsync(Path.Combine(target, $"{name}-{recording.GetProperty("region").GetString()}.mp3"), TestContext.Current.CancellationToken));
            }
        }
    }

    [Fact]
    public async Task A_file_already_there_with_other_bytes_is_kept_and_the_same_bytes_are_not_written_twice()
    {
        var mine = Path.Combine(folder.Path, "quorble-uk.mp3");
        await File.WriteAllTextAsync(mine, "my own recording", TestContext.Current.CancellationToken);

        var first = await LookupAsync("quorble", "--save-audio", folder.Path);
        var second = await LookupAsync("quorble", "--save-audio", folder.Path);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal("my own recording", await File.ReadAllTextAsync(mine, TestContext.Current.CancellationToken));
        Assert.Equal(
            ["quorble-uk-2.mp3", "quorble-uk.mp3", "quorble-us.mp3"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_3_GB_file_already_there_is_kept_without_being_read_and_the_recording_takes_the_next_name()
    {
        // Arrange: a sparse file larger than any byte array, under the name the British recording would take
        var huge = Path.Combine(folder.Path, "quorble-uk.mp3");
        using (var file = new FileStream(huge, FileMode.CreateNew))
        {
            file.SetLength(3L * 1024 * 1024 * 1024);
        }

        // Act
        var run = await LookupAsync("quorble", "--save-audio", folder.Path);

        // Assert
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(3L * 1024 * 1024 * 1024, new FileInfo(huge).Length);
        Assert.Equal(
            ["quorble-uk-2.mp3", "quorble-uk.mp3", "quorble-us.mp3"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task With_several_sites_each_sites_recordings_keep_apart_under_its_name()
    {
        var run = await CliRun.RunAsync(
            ["lookup", "quorble", "--site", "macmillan,macmillan-uk", "--base-url", "macmillan=" + site.BaseUrl.AbsoluteUri,
             "--base-url", "macmillan-uk=" + site.BaseUrl.AbsoluteUri, "--save-audio", folder.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["quorble-macmillan-uk-uk.mp3", "quorble-macmillan-uk-us.mp3", "quorble-macmillan-uk.mp3", "quorble-macmillan-us.mp3"],
            Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_folder_that_cannot_be_made_is_exit_2_before_anything_is_fetched()
    {
        var file = Path.Combine(folder.Path, "a-file");
        await File.WriteAllTextAsync(file, "", TestContext.Current.CancellationToken);

        var run = await LookupAsync("quorble", "--save-audio", Path.Combine(file, "audio"));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"scraper: --save-audio: cannot write in '{Path.Combine(file, "audio")}'", line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        Assert.Equal(0, site.GetStats().Requests);
    }

    [Fact]
    public async Task A_recording_the_site_answers_404_is_one_line_and_exit_3_and_the_entries_are_still_written()
    {
        await using var server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Serve(Prefix + "florp", "florp_1.html").Serve(Prefix + "florp_2", "florp_2.html");

        var run = await CliRun.LookupAsync(server, "florp", "--save-audio", folder.Path, "--format", "jsonl");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal("found", System.Text.Json.JsonDocument.Parse(Assert.Single(run.OutLines)).RootElement.GetProperty("status").GetString());
        var recording = new Uri(server.BaseUrl, "/media/british/uk_pron/f/flo/florp/florp_British_English_pronunciation.mp3");
        Assert.Contains($"scraper: --save-audio: cannot fetch the recording of 'florp' ({recording.AbsoluteUri}): HTTP 404", run.ErrorLines);
        Assert.Equal(1, server.RequestsTo(recording.AbsolutePath));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task A_recording_that_cannot_be_written_is_exit_4_even_when_a_word_failed_too()
    {
        // Arrange: a folder where macmillan's British recording should go, and a macmillan-uk nobody answers on
        Directory.CreateDirectory(Path.Combine(folder.Path, "quorble-macmillan-uk.mp3"));

        // Act
        var run = await CliRun.RunAsync(
            ["lookup", "quorble", "--site", "macmillan,macmillan-uk", "--base-url", "macmillan=" + site.BaseUrl.AbsoluteUri,
             "--base-url", "macmillan-uk=http://127.0.0.1:9/", "--retries", "0", "--save-audio", folder.Path]);

        // Assert: the word that failed would make it 3; the file that could not be written says more, and wins
        Assert.Equal(ExitCodes.WriteFailed, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"scraper: --save-audio: cannot write in '{folder.Path}'", StringComparison.Ordinal));
    }

    private Task<CliRun> LookupAsync(params string[] wordsAndOptions) =>
        CliRun.RunAsync(["lookup", .. wordsAndOptions, "--site", "macmillan", "--base-url", site.BaseUrl.AbsoluteUri]);
}
