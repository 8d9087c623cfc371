using System.Text.Json;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>Keyword lists for the local site, and the words of a results file read back strictly.</summary>
internal static class BatchFiles
{
    /// <summary>Slugs the local site makes an entry for: "batch00", "batch01", …</summary>
    public static string[] Words(int count, string stem = "batch") => [.. Enumerable.Range(0, count).Select(i => $"{stem}{i:00}")];

    public static string PathOf(string word) => JsonResults.Prefix + word;

    /// <summary>Every line is one whole JSON object; a torn line fails the test.</summary>
    public static List<(string Keyword, string Status)> JsonlWords(string path)
    {
        var text = File.ReadAllText(path);
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "the file ends with a whole line");
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return (document.RootElement.GetProperty("keyword").GetString()!, document.RootElement.Status());
        })];
    }

    /// <summary>The words of a CSV file in order, each with its status and its number of rows (keywords here have no commas).</summary>
    public static List<(string Keyword, string Status, int Rows)> CsvWords(string path)
    {
        var lines = File.ReadAllText(path).Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.StartsWith("keyword,status,url,", lines[0], StringComparison.Ordinal);
        var words = new List<(string Keyword, string Status, int Rows)>();
        foreach (var fields in lines[1..^1].Select(l => l.Split(',')))
        {
            if (words.Count > 0 && words[^1].Keyword == fields[0])
            {
                words[^1] = words[^1] with { Rows = words[^1].Rows + 1 };
            }
            else
            {
                words.Add((fields[0], fields[1], 1));
            }
        }

        return words;
    }
}
