using System.CommandLine;

namespace Scraper.Cli.Usage;

/// <summary>An option's value only when the command line gave it, so that a default from elsewhere (the config file) can stand in.</summary>
internal static class Given
{
    public static T? Value<T>(ParseResult parse, Option<T> option)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetResult(option) is { Implicit: false } ? parse.GetValue(option) : null;
    }

    public static bool Has(ParseResult parse, Option option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetResult(option) is { Implicit: false };
    }
}
