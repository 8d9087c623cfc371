using System.CommandLine;
using System.Runtime.CompilerServices;

namespace Scraper.Cli.Usage;

/// <summary>
/// The check of each option's value text, kept beside the option: System.CommandLine reports only the first option
/// whose value fails to parse, and a user who typed three bad values should learn of all three at once.
/// </summary>
internal static class ValueChecks
{
    private static readonly ConditionalWeakTable<Option, Func<string, string?>> Checks = [];

    /// <summary>Gives <paramref name="option"/> a check: the one-line error for a value's text, or null when it is good.</summary>
    public static void Add(Option option, Func<string, string?> check) => Checks.AddOrUpdate(option, check);

    public static Func<string, string?>? For(Option option) => Checks.TryGetValue(option, out var check) ? check : null;
}
