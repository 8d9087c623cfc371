using System.CommandLine;

namespace Scraper.Cli.Usage;

/// <summary>
/// Options whose values are an enum's members, spelt as the user types them (table|json|jsonl|csv), in help,
/// in errors and on the command line, never as the type's name or its capitals.
/// </summary>
internal static class ChoiceOption
{
    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static string[] Names<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Name)];

    /// <summary>One of the enum's members: <c>--format table|json|jsonl|csv</c>.</summary>
    public static Option<T> Create<T>(string name, string description, T defaultValue)
        where T : struct, Enum
    {
        var option = new Option<T>(name)
        {
            Description = description,
            HelpName = string.Join('|', Names<T>()),
            DefaultValueFactory = _ => defaultValue,
        };
        var check = (string text) => Find<T>(text) is null ? Error<T>(name, text, text) : null;
        ValueChecks.Add(option, check);
        option.CustomParser = r => NumberOption.Report(r, check) ? Find<T>(r.Tokens[0].Value)!.Value : defaultValue;
        option.CompletionSources.Clear();
        option.CompletionSources.Add(Names<T>());
        return option;
    }

    /// <summary>A comma-separated list of the enum's members: <c>--modes sync,async,threads</c>.</summary>
    public static Option<T[]> CreateList<T>(string name, string description, T[] defaultValue)
        where T : struct, Enum
    {
        var option = new Option<T[]>(name)
        {
            Description = description,
            HelpName = string.Join(',', Names<T>()),
            DefaultValueFactory = _ => defaultValue,
        };
        var check = (string text) => Parts(text).FirstOrDefault(p => Find<T>(p) is null) is { } bad ? Error<T>(name, bad, text) : null;
        ValueChecks.Add(option, check);
        option.CustomParser = r => NumberOption.Report(r, check)
            ? [.. r.Tokens.SelectMany(t => Parts(t.Value)).Select(p => Find<T>(p)!.Value).Distinct()]
            : defaultValue;
        option.CompletionSources.Clear();
        option.CompletionSources.Add(Names<T>());
        return option;
    }

    private static string[] Parts(string text) => text.Split(',', StringSplitOptions.TrimEntries);

    private static T? Find<T>(string text)
        where T : struct, Enum
    {
        var index = Array.FindIndex(Names<T>(), n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? Enum.GetValues<T>()[index] : null;
    }

    private static string Error<T>(string name, string bad, string text)
        where T : struct, Enum
    {
        var names = Names<T>();
        var hint = Closest.To(bad, names) is { } closest ? $"; did you mean '{closest}'?" : "";
        return $"{name} must be one of {string.Join('|', names)}, not '{text}'{hint}";
    }
}
