using Scraper.Audio;
using Scraper.Tests.Cli;
using Scraper.Cli.Audio;
using Scraper.Tests.Support;

namespace Scraper.Tests.Audio;

/// <summary>Which player `--play` picks from the search path.</summary>
public sealed class AudioPlayerTests
{
    [Fact]
    public void A_file_without_the_execute_bit_or_a_folder_of_a_players_name_is_not_a_player()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "ffplay"), "not a program");
        Directory.CreateDirectory(Path.Combine(folder.Path, "mpv"));
        using var mpg123 = new FakePlayer("mpg123");

        var found = AudioPlayer.Find(string.Join(Path.PathSeparator, folder.Path, "", "  ", mpg123.Folder));

        Assert.Equal(("mpg123", Path.Combine(mpg123.Folder, "mpg123")), (found?.Player.Program, found?.File));
    }

    [Fact]
    public void No_search_path_finds_nothing()
    {
        Assert.Null(AudioPlayer.Find(null));
        Assert.Null(AudioPlayer.Find(""));
    }

    [Theory]
    [InlineData("love", "love")]
    [InlineData("Two  Words", "two-words")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData(".hidden", "hidden")]
    [InlineData("café", "café")]
    [InlineData("---", "word")]
    public void Saved_files_are_named_from_the_words_letters_and_digits_only(string word, string name)
    {
        Assert.Equal(name, RecordingFolder.SafeName(word));
    }

    [Fact]
    public void A_long_word_in_a_script_of_three_byte_letters_still_makes_a_file_name_the_file_system_takes()
    {
        // Arrange: 200 CJK letters are 600 bytes in UTF-8; Linux takes 255 bytes a name
        using var folder = new TempDirectory();
        var recordings = new RecordingFolder(folder.Path, severalSites: true);
        var word = new string('語', 200);

        // Act: the longest name there is, with a site, an accent and a number after a name already taken
        var first = recordings.Save(word, "merriam-webster", "uk", new RecordingFile("https://example.test/a.mp3", [1], null));
        var second = recordings.Save(word, "merriam-webster", "uk", new RecordingFile("https://example.test/b.mp3", [2], null));

        // Assert
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), folder.Files().Order(StringComparer.Ordinal));
        Assert.EndsWith("-merriam-webster-uk-2.mp3", second, StringComparison.Ordinal);
        Assert.StartsWith("語語", Path.GetFileName(first), StringComparison.Ordinal);
    }
}
