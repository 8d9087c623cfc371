using System.CommandLine.Parsing;
using Scraper.Benchmark;

namespace Scraper.Cli.Commands;

/// <summary>Checks a --save or --compare name: a baseline name is a file name, never a path.</summary>
internal static class BaselineName
{
    public static void Check(OptionResult result, string option)
    {
        var name = result.GetValueOrDefault<string?>();
        if (!BaselineStore.IsValidName(name))
        {
            result.AddError($"{option} must be a name of letters, digits, '.', '-' or '_' (no path, no '..'), not '{name}'");
        }
    }
}
