using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Scraper.Cli.Usage;

/// <summary>
/// Numeric options with a documented range, checked while parsing: a value out of range or not a number is one usage
/// error naming the option, the value and the range, before anything is fetched or started.
/// </summary>
internal static class NumberOption
{
    public static Option<int> Int(string name, string? alias, string helpName, string description, int defaultValue, int min, int max)
    {
        var option = alias is null ? new Option<int>(name) : new Option<int>(name, alias);
        option.HelpName = helpName;
        option.Description = $"{description} ({Range(min, max)})";
        option.DefaultValueFactory = _ => defaultValue;
        return Checked(option, text => ParseInt(text, min, max), $"{name} must be a whole number from {Range(min, max)}", defaultValue);
    }

    /// <summary>A whole number in range when given; null when the option is absent (bench's -n).</summary>
    public static Option<int?> OptionalInt(string name, string helpName, string description, int min, int max)
    {
        var option = new Option<int?>(name) { HelpName = helpName, Description = $"{description} ({Range(min, max)})" };
        var check = (string text) => ParseInt(text, min, max) is null ? $"{name} must be a whole number from {Range(min, max)}, not '{text}'" : null;
        ValueChecks.Add(option, check);
        option.CustomParser = r => Report(r, check) ? ParseInt(r.Tokens[0].Value, min, max) : null;
        return option;
    }

    /// <summary>A comma-separated list of whole numbers, each in range: <c>-c 1,2,4,8</c>.</summary>
    public static Option<int[]> IntList(string name, string? alias, string helpName, string description, int[] defaultValue, int min, int max)
    {
        var option = alias is null ? new Option<int[]>(name) : new Option<int[]>(name, alias);
        option.HelpName = helpName;
        option.Description = $"{description} (each {Range(min, max)})";
        option.DefaultValueFactory = _ => defaultValue;
        var parts = (string text) => text.Split(',', StringSplitOptions.TrimEntries).Select(p => ParseInt(p, min, max)).ToList();
        var check = (string text) => parts(text).All(v => v is not null) ? null : $"{name} must be whole numbers from {Range(min, max)}, separated by commas, not '{text}'";
        ValueChecks.Add(option, check);
        option.CustomParser = r => Report(r, check) ? [.. r.Tokens.SelectMany(t => parts(t.Value)).Select(v => v!.Value).Distinct()] : defaultValue;
        return option;
    }

    public static Option<double> Double(string name, string helpName, string description, double min, double max)
    {
        var option = new Option<double>(name) { HelpName = helpName, Description = $"{description} ({Range(min, max)})" };
        return Checked(
            option,
            text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null,
            $"{name} must be a number from {Range(min, max)}",
            min);
    }

    /// <summary>The option's value, for a check across options; false when it did not parse (that is reported already).</summary>
    public static bool TryGet<T>(SymbolResult result, Option<T> option, out T value)
    {
        ArgumentNullException.ThrowIfNull(result);
        try
        {
            value = result.GetValue(option)!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default!;
            return false;
        }
    }

    public static string Range(double min, double max) =>
        string.Create(CultureInfo.InvariantCulture, $"{min} to {max}");

    private static Option<T> Checked<T>(Option<T> option, Func<string, T?> parse, string rule, T fallback)
        where T : struct
    {
        var check = (string text) => parse(text) is null ? $"{rule}, not '{text}'" : null;
        ValueChecks.Add(option, check);
        option.CustomParser = r => Report(r, check) ? parse(r.Tokens[0].Value)!.Value : fallback;
        return option;
    }

    // True when every token passes; else each failure is added to the result as a parse error.
    internal static bool Report(ArgumentResult result, Func<string, string?> check)
    {
        var errors = result.Tokens.Select(t => check(t.Value)).OfType<string>().ToList();
        errors.ForEach(result.AddError);
        return errors.Count == 0 && result.Tokens.Count > 0;
    }

    private static int? ParseInt(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
}
