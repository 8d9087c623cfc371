using System.Globalization;
using Scraper.Cli.Usage;
using Scraper.Keywords;
using Scraper.Results;

namespace Scraper.Cli.Shell;

/// <summary>
/// One line of the shell at a time: a word is looked up, a number picks a suggestion of the last word, a line
/// starting with ':' is a command (<see cref="ShellCommands"/>); a blank line or a '#' comment does nothing.
/// </summary>
internal sealed class ShellInterpreter(ShellSession session, ShellView view, ShellInterrupts interrupts, ShellFormat format)
{
    private IReadOnlyList<string> suggestions = [];

    public ShellFormat Format { get; set; } = format;

    public ShellSession Session => session;

    public ShellView View => view;

    /// <summary>Set by :quit: the shell ends after this line.</summary>
    public bool Quitting { get; private set; }

    /// <summary>Handles <paramref name="line"/>; returns what goes into the line history (null: nothing).</summary>
    public async Task<string?> HandleAsync(string line)
    {
        // Control characters (a pasted escape sequence) never reach the lookup, the history or a message.
        var text = CleanText.Of(line);
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return null;
        }

        if (text.StartsWith(':'))
        {
            Quitting = !ShellCommands.Run(this, text);
            return Quitting ? null : text;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return await PickAsync(text);
        }

        var word = KeywordSet.Merge([text], []).Single();
        await LookupAsync(word);
        return word;
    }

    private async Task<string?> PickAsync(string number)
    {
        if (suggestions.Count == 0)
        {
            view.Say($"{number}: no suggestions to choose from (a word not found offers them)");
            return null;
        }

        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > suggestions.Count)
        {
            view.Say($"{number}: choose a suggestion from 1 to {suggestions.Count}");
            return null;
        }

        var word = suggestions[n - 1];
        await LookupAsync(word);
        return word;
    }

    // Every word of the shell goes through the session's one lookup method, cancellable by Ctrl+C.
    private async Task LookupAsync(string word)
    {
        if (await CancellableLookupAsync(word) is not { } result)
        {
            view.Say($"{word}: cancelled");
            return;
        }

        suggestions = result.Status == LookupStatus.NotFound ? result.Suggestions : [];
        view.Show(result, Format);
    }

    // Ctrl+C cancels the lookup only while it runs: once its result is shown, Ctrl+C is the prompt's again.
    private async Task<LookupResult?> CancellableLookupAsync(string word)
    {
        using var scope = interrupts.Begin();
        try
        {
            return await session.LookupAsync(word, scope.Token);
        }
        catch (OperationCanceledException) when (scope.Token.IsCancellationRequested)
        {
            return null;
        }
    }
}
