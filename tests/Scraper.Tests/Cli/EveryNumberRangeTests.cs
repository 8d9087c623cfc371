using System.CommandLine;
using Scraper.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>
/// Every numeric option of every command, found by walking the command tree (so that a new one is checked too), refuses
/// a number out of any sane range with exit 2 and one line naming it, before anything starts.
/// </summary>
public sealed class EveryNumberRangeTests
{
    private static readonly Type[] Numeric = [typeof(int), typeof(int?), typeof(long), typeof(long?), typeof(double), typeof(double?), typeof(int[]), typeof(TimeSpan?), typeof(TimeSpan)];

    public static TheoryData<string, string, string> NumericOptions()
    {
        var data = new TheoryData<string, string, string>();
        var root = ScraperCommands.CreateTree(new CliConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null, false));
        foreach (var command in root.Subcommands.SelectMany(c => c.Subcommands.Prepend(c)))
        {
            foreach (var option in command.Options.Where(o => Array.IndexOf(Numeric, o.ValueType) >= 0))
            {
                foreach (var value in new[] { "99999999999", "1e308", "-99999999999", "NaN" })
                {
                    data.Add(Path(command), option.Name, value);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_walk_finds_the_numeric_options_of_bench_lookup_and_serve()
    {
        var found = NumericOptions().Select(row => $"{row.Data.Item1} {row.Data.Item2}").ToHashSet();

        Assert.Contains("bench -n", found);
        Assert.Contains("lookup --timeout", found);
        Assert.Contains("serve --port", found);
    }

    [Theory]
    [MemberData(nameof(NumericOptions))]
    public async Task A_number_out_of_range_is_exit_2_and_one_line_naming_the_option(string command, string option, string value)
    {
        // Act
        var run = await CliRun.RunAsync([.. command.Split(' '), option, value]);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    private static string Path(Command command) => command.Parents.OfType<Command>().FirstOrDefault() is { } parent and not RootCommand ? $"{parent.Name} {command.Name}" : command.Name;
}
