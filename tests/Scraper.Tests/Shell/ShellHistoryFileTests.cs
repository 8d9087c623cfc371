using Scraper.Cli.Shell;
using Scraper.Tests.Support;
using Serilog.Core;

namespace Scraper.Tests.Shell;

/// <summary>The lines typed at the prompt, kept between sessions and bounded.</summary>
public sealed class ShellHistoryFileTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Lines_appended_in_one_session_are_loaded_by_the_next_in_order()
    {
        // Arrange
        var path = Path.Combine(folder.Path, "scraper", "shell-history");
        var first = new ShellHistoryFile(path, Logger.None);

        // Act
        first.Append("apple");
        first.Append(":site longman");
        var loaded = new ShellHistoryFile(path, Logger.None).Load();

        // Assert
        Assert.Equal(["apple", ":site longman"], loaded);
    }

    [Fact]
    public void Only_the_newest_thousand_lines_are_loaded_and_a_file_of_twice_that_is_cut_back()
    {
        // Arrange
        var path = Path.Combine(folder.Path, "shell-history");
        File.WriteAllLines(path, Enumerable.Range(1, 2 * ShellHistoryFile.MaxLines).Select(i => $"word{i}"));

        // Act
        var loaded = new ShellHistoryFile(path, Logger.None).Load();

        // Assert
        Assert.Equal(ShellHistoryFile.MaxLines, loaded.Count);
        Assert.Equal("word1001", loaded[0]);
        Assert.Equal("word2000", loaded[^1]);
        Assert.Equal(loaded, File.ReadAllLines(path));
    }

    [Fact]
    public void It_lives_beside_the_lookup_history()
    {
        Assert.Equal(Path.Combine("/data", "scraper", "shell-history"), ShellHistoryFile.Beside(Path.Combine("/data", "scraper", "history.jsonl")));
        Assert.Null(ShellHistoryFile.Beside(null));
    }
}
