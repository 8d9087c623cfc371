using System.Globalization;
using Scraper.Cli.Usage;
using Scraper.Output;

namespace Scraper.Cli.Settings;

/// <summary>
/// Reads <c>config.toml</c>: the few lines of TOML its three keys need (<c>site = "local"</c>, <c>format = "json"</c>,
/// <c>concurrency = 16</c>; basic or literal strings, integers, # comments). Anything else in the file (a table, an
/// unknown key, a value of the wrong kind) is a usage error that names the file and the line: exit 2, never a guess.
/// </summary>
internal static class UserConfigFile
{
    public const string Keys = "site, format, concurrency";

    /// <summary>The file's defaults; <see cref="UserConfig.None"/> when there is no path or no file.</summary>
    /// <exception cref="UsageException">The file cannot be read, or holds something this reader does not take.</exception>
    public static UserConfig Load(string? path)
    {
        if (path is null || !File.Exists(path) && !Directory.Exists(path))
        {
            return UserConfig.None;
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"config file '{path}': cannot be read: {ex.Message}");
        }

        var config = UserConfig.None with { Path = path };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            config = Apply(config, line, seen, $"config file '{path}': line {i + 1}");
        }

        return config;
    }

    private static UserConfig Apply(UserConfig config, string line, HashSet<string> seen, string where)
    {
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        if (line[0] == '[' || equals <= 0)
        {
            throw new UsageException($"{where}: expected 'key = value' with one of the keys {Keys}, not '{line}'");
        }

        var key = line[..equals].Trim();
        if (!seen.Add(key))
        {
            throw new UsageException($"{where}: '{key}' is set twice");
        }

        var value = line[(equals + 1)..].Trim();
        return key switch
        {
            "site" => config with { Site = Text(value, where, key) is { Length: > 0 } site ? site : throw new UsageException($"{where}: site is empty") },
            "format" => config with { Format = Format(Text(value, where, key), where) },
            "concurrency" => config with { Concurrency = Number(value, where) },
            _ => throw new UsageException($"{where}: unknown key '{key}'; the keys are {Keys}"),
        };
    }

    // "text" or 'text', then nothing but a comment. Basic strings take \" and \\; no other escape is needed here.
    private static string Text(string value, string where, string key)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'')
        {
            var quote = value[0];
            var end = quote == '\'' ? value.IndexOf('\'', 1) : ClosingQuote(value);
            if (end > 0 && IsComment(value[(end + 1)..]))
            {
                var text = value[1..end];
                return quote == '"' ? text.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : text;
            }
        }

        throw new UsageException($"{where}: {key} needs a quoted text, e.g. {key} = \"{(key == "site" ? "local" : "json")}\", not {value}");
    }

    private static int ClosingQuote(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    private static ResultFormat Format(string text, string where) =>
        ChoiceOption.Names<ResultFormat>().Contains(text)
            ? Enum.Parse<ResultFormat>(text, ignoreCase: true)
            : throw new UsageException($"{where}: format must be one of {string.Join(", ", ChoiceOption.Names<ResultFormat>())}, not '{text}'");

    private static int Number(string value, string where)
    {
        var hash = value.IndexOf('#', StringComparison.Ordinal);
        var digits = (hash < 0 ? value : value[..hash]).Trim().Replace("_", "", StringComparison.Ordinal);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 1000
            ? n
            : throw new UsageException($"{where}: concurrency must be a whole number from 1 to 1000, not {value}");
    }

    private static bool IsComment(string rest) => rest.Trim() is { Length: 0 } or ['#', ..];
}
