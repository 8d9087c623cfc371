using System.CommandLine;
using System.CommandLine.Parsing;
using Scraper.Results;

namespace Scraper.Cli.Usage;

/// <summary>
/// Every reason a command line cannot run, one line each: System.CommandLine's own errors, and what it would let
/// through as words to look up: an option the command does not know, a command that does not exist, an @file.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<string> Find(ParseResult parse, RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Action is HelpPageAction)
        {
            return [];
        }

        var lines = new List<string>();
        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            if (IsOptionLike(token) || token.StartsWith('@'))
            {
                lines.Add(Stray(token, command, root));
            }
            else if (command == root)
            {
                lines.Add(UnknownCommand(token, root));
                break;
            }
            else
            {
                lines.Add($"unexpected argument '{token}' for 'scraper {command.Name}'");
            }
        }

        lines.AddRange(StrayWords(parse).Select(token => Stray(token, command, root)));
        lines.AddRange(BadValues(parse));
        lines.AddRange(parse.Errors.Select(e => OneLine(e.Message)));
        // The lines quote what was typed: no escape sequence of it reaches the terminal.
        return [.. lines.Select(CleanText.Of).Distinct(StringComparer.Ordinal)];
    }

    // System.CommandLine lists an enum's choices one per line; a usage error must stay one line.
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // Words before a "--" that look like an option or a response file: System.CommandLine takes them as words.
    private static IEnumerable<string> StrayWords(ParseResult parse)
    {
        var tokens = parse.Tokens;
        var doubleDash = IndexWhere(tokens, t => t.Type == TokenType.DoubleDash);
        return parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Where(t => (IsOptionLike(t.Value) || t.Value.StartsWith('@')) && IndexWhere(tokens, x => ReferenceEquals(x, t)) < doubleDash)
            .Select(t => t.Value);
    }

    // Every option's bad value, where System.CommandLine would stop at the first.
    private static IEnumerable<string> BadValues(ParseResult parse) =>
        parse.CommandResult.Children.OfType<OptionResult>()
            .SelectMany(o => ValueChecks.For(o.Option) is { } check ? o.Tokens.Select(t => check(t.Value)) : [])
            .OfType<string>();

    private static string Stray(string token, Command command, RootCommand root)
    {
        var takesWords = command.Arguments.Any(a => a.Arity.MaximumNumberOfValues > 1);
        var where = command == root ? "'scraper'" : $"'scraper {command.Name}'";
        if (token.StartsWith('@'))
        {
            return $"'{token}': arguments starting with @ are not read as response files"
                + (takesWords ? "; to look up a word starting with @, put it after --" : "");
        }

        var name = token.Split('=', ':')[0];
        var known = OptionNames(command, root).ToList();
        var owner = root.Subcommands.Prepend(root).FirstOrDefault(c => c != command && c.Options.Any(o => o.Name == name || o.Aliases.Contains(name)));
        var hint = owner == root ? $"; it is an option of scraper itself: scraper {name}"
            : owner is not null ? $"; it is an option of 'scraper {owner.Name}'"
            : Closest.To(name, known) is { } closest ? $"; did you mean '{closest}'?"
            : $"; see 'scraper{(command == root ? "" : " " + command.Name)} --help'";
        return $"unknown option '{name}' for {where}{hint}" + (takesWords ? " (a word starting with - goes after --)" : "");
    }

    private static string UnknownCommand(string token, RootCommand root)
    {
        var names = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var closest = Closest.To(token, names);
        return closest is not null
            ? $"unknown command '{token}'; did you mean 'scraper {closest}'? (commands: {string.Join(", ", names)})"
            : $"unknown command '{token}' (commands: {string.Join(", ", names)}); to look a word up: scraper lookup {token}";
    }

    private static IEnumerable<string> OptionNames(Command command, RootCommand root) =>
        command.Options.Concat(command == root ? [] : root.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name));

    private static bool IsOptionLike(string token) => token.Length > 1 && token[0] == '-';

    private static int IndexWhere(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i]))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
