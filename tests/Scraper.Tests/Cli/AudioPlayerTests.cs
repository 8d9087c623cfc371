using Scraper.Cli.Audio;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

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
}
