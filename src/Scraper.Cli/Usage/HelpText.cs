using System.CommandLine;
using System.CommandLine.Help;
using System.Text.RegularExpressions;

namespace Scraper.Cli.Usage;

/// <summary>
/// The help of a command: System.CommandLine's own page, with defaults spelt as they are typed (<c>table</c>, not
/// <c>Table</c>; <c>sync,async</c>, not <c>Sync|Async</c>), then a few examples and the exit codes.
/// </summary>
/// <remarks>
/// System.CommandLine 3.0 keeps its help builder internal, so the page is rendered by a pristine copy of the command
/// tree (whose --help still has the default action) into a string, and the defaults are respelt there.
/// </remarks>
internal sealed partial class HelpText(Func<RootCommand> pristineTree, int width)
{
    public string Render(string? command)
    {
        var root = pristineTree();
        var help = root.Options.OfType<HelpOption>().Single();
        ((HelpAction)help.Action!).MaxWidth = width;
        using var page = new StringWriter();
        root.Parse(command is null ? ["--help"] : [command, "--help"]).Invoke(new InvocationConfiguration { Output = page, Error = page });

        var text = DefaultValue().Replace(page.ToString().TrimEnd(), m => m.Value.ToLowerInvariant().Replace('|', ','));
        var key = command ?? "";
        var sections = Section("Examples:", HelpPages.Examples(key)) + (command is null ? "" : Section("Exit codes:", [.. HelpPages.ExitCodes(key).Select(Aligned)]));
        return text + Environment.NewLine + sections;
    }

    private static string Section(string title, IReadOnlyList<string> lines) =>
        Environment.NewLine + title + Environment.NewLine + string.Concat(lines.Select(l => "  " + l + Environment.NewLine));

    // "130 interrupted" with the texts in one column.
    private static string Aligned(string line) =>
        line.Split(' ', 2) is [var code, var text] ? $"{code,-4} {text}" : line;

    [GeneratedRegex(@"\[default: [^\]]*\]")]
    private static partial Regex DefaultValue();
}
