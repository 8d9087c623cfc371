using System.CommandLine;
using System.CommandLine.Completions;

namespace Scraper.Cli.Completion;

/// <summary>What a completion script completes, read once from the command tree so that no script can drift from it.</summary>
internal sealed record CompletionModel(IReadOnlyList<CommandWords> Commands, CommandWords Root)
{
    public static CompletionModel From(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new([.. root.Subcommands.Select(c => Read(c, c.Name, root))], Read(root, "", root));
    }

    private static CommandWords Read(Command command, string name, RootCommand root)
    {
        var options = command.Options.Concat(command == root ? [] : root.Options.Where(o => o.Recursive))
            .Select(o => new OptionWords(
                [.. o.Aliases.Prepend(o.Name).Where(n => n.StartsWith('-') && n.Length > 1 && n[^1] != '?').Distinct()],
                o.Description ?? "",
                TakesValue(o),
                o.HelpName switch { "PATH" => ValueKind.File, "DIR" => ValueKind.Directory, _ => ValueKind.Text },
                o.ValueType == typeof(bool) ? [] : Values(o.GetCompletions(CompletionContext.Empty))))
            .Where(o => o.Names.Count > 0)
            .ToList();
        var positional = command.Arguments.SelectMany(a => Values(a.GetCompletions(CompletionContext.Empty))).ToList();
        var subcommands = command == root ? root.Subcommands.Select(c => c.Name).ToList() : [];
        return new CommandWords(name, command.Description ?? "", options, [.. subcommands, .. positional]);
    }

    private static bool TakesValue(Option option) => option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;

    private static List<string> Values(IEnumerable<CompletionItem> items) => [.. items.Select(i => i.Label)];
}
