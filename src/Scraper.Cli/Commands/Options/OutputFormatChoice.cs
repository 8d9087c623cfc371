using Scraper.Cli.Usage;
using Scraper.Output;

namespace Scraper.Cli.Commands;

/// <summary>
/// The one place that decides lookup's format: --format when given; else, with -o FILE, the file's extension; else the
/// config file's format; else the table. A table is never written to a file, and a file whose extension names no format
/// needs --format: both are usage errors, raised before any file is opened.
/// </summary>
internal static class OutputFormatChoice
{
    /// <summary>The extensions that name a format, longest first so that ".anki.txt" is tried before any ".txt".</summary>
    public static IReadOnlyList<(string Extension, ResultFormat Format)> Extensions { get; } =
    [
        (".anki.txt", ResultFormat.Anki),
        (".jsonl", ResultFormat.Jsonl),
        (".json", ResultFormat.Json),
        (".csv", ResultFormat.Csv),
        (".md", ResultFormat.Markdown),
    ];

    /// <param name="given">--format as typed; null when it was not given.</param>
    /// <param name="output">-o FILE; null for stdout.</param>
    /// <param name="configured">The config file's format; null when it has none.</param>
    public static ResultFormat Decide(ResultFormat? given, string? output, ResultFormat? configured)
    {
        if (output is null)
        {
            return given ?? configured ?? ResultFormat.Table;
        }

        var format = given ?? FromExtension(output) ?? (configured is { } c and not ResultFormat.Table ? c : throw Unknown(output));
        return format == ResultFormat.Table
            ? throw new UsageException($"-o '{output}': a table is for the terminal and is not written to a file; give --format {FileFormats} (or name the file {ExtensionList})")
            : format;
    }

    /// <summary>The format an output file's name asks for, case-blind; null when its extension names none.</summary>
    public static ResultFormat? FromExtension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        foreach (var (extension, format) in Extensions)
        {
            if (name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }

    private static string FileFormats => string.Join('|', ChoiceOption.Names<ResultFormat>().Where(n => n != ChoiceOption.Name(ResultFormat.Table)));

    private static string ExtensionList => string.Join(", ", Extensions.Select(e => e.Extension).Order(StringComparer.Ordinal));

    private static UsageException Unknown(string output) =>
        new($"-o '{output}': the file's extension names no format; give --format {FileFormats}, or name the file {ExtensionList}");
}
