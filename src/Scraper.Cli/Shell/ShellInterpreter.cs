using System.Globalization;
using Scraper.Cli.Usage;
using Scraper.Keywords;
using Scraper.Lookup;
using Scraper.Results;
using Serilog;

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

    /// <summary>Where `:play` looks for an audio player (the PATH).</summary>
    public string? SearchPath { get; init; }

    public ILogger Log { get; init; } = Serilog.Core.Logger.None;

    /// <summary>The results, one per site, of the last word that some site found: what `:play` plays.</summary>
    public IReadOnlyList<LookupResult> LastFound { get; private set; } = [];

    /// <summary>Set by :quit: the shell ends after this line.</summary>
    public bool Quitting { get; private set; }

    /// <summary>Piped input (a script): a mistaken line ends the shell instead of being said and passed over.</summary>
    public bool StopsOnMistake { get; init; }

    /// <summary>The mistaken line's message (unknown command, site or format, a bad number) that ends a piped shell.</summary>
    public string? Mistake { get; private set; }

    /// <summary>What the words and recordings so far call for, as lookup's exit codes: 0, 1 a word not found, 3 a failure, 130 a word cancelled.</summary>
    public int Outcome { get; private set; }

    /// <summary>A line the shell cannot do: said on a terminal; it ends a piped shell (<see cref="StopsOnMistake"/>).</summary>
    public void Mistaken(string message)
    {
        if (StopsOnMistake)
        {
            Mistake ??= message;
        }
        else
        {
            view.Say(message);
        }
    }

    /// <summary>Something asked for that failed (a recording): said, and counted as lookup counts it (3).</summary>
    public void Failed(string message)
    {
        view.Say(message);
        Outcome = Math.Max(Outcome, ExitCodes.Failed);
    }

    /// <summary>Handles <paramref name="line"/>; returns what goes into the line history (null: nothing).</summary>
    public async Task<string?> HandleAsync(string line)
    {
        // Control characters (a pasted escape sequence) never reach the lookup, the history or a message.
        var text = CleanText.Of(EscapeSequenceFilter.Strip(line));
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return null;
        }

        if (text.StartsWith(':'))
        {
            Quitting = !await ShellCommands.RunAsync(this, text);
            return Quitting ? null : text;
        }

        // "+1" and "-1" are no words but numbers meant to pick, which say so when they cannot.
        var digits = text[0] is '+' or '-' ? text[1..] : text;
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
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
            Mistaken($"{number}: no suggestions to choose from (a word not found offers them)");
            return null;
        }

        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > suggestions.Count)
        {
            Mistaken($"{number}: choose a suggestion from 1 to {suggestions.Count}");
            return null;
        }

        var word = suggestions[n - 1];
        await LookupAsync(word);
        return word;
    }

    // Every word of the shell goes through the session's one lookup method, cancellable by Ctrl+C.
    private async Task LookupAsync(string word)
    {
        if (await CancellableAsync(token => session.LookupAsync(word, token)) is not { } results)
        {
            // Piped, the word has no result in the output: the run ends as an interrupted lookup does (130).
            view.Say($"{word}: cancelled");
            Outcome = Math.Max(Outcome, ExitCodes.Interrupted);
            return;
        }

        Outcome = Math.Max(Outcome, results.Max(r => LookupSummary.ExitCodeOf(r.Status)));

        // The suggestions of the sites that did not find the word, in site order, each once.
        suggestions = [.. results.Where(r => r.Status == LookupStatus.NotFound).SelectMany(r => r.Suggestions).Distinct(StringComparer.OrdinalIgnoreCase)];
        if (results.Any(r => r.Status == LookupStatus.Found))
        {
            LastFound = results;
        }

        view.Show(results, suggestions, Format);
    }

    /// <summary>Runs <paramref name="work"/> with a token Ctrl+C cancels while it runs; null when it was cancelled.</summary>
    public async Task<T?> CancellableAsync<T>(Func<CancellationToken, Task<T>> work)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);
        using var scope = interrupts.Begin();
        try
        {
            return await work(scope.Token);
        }
        catch (OperationCanceledException) when (scope.Token.IsCancellationRequested)
        {
            return null;
        }
    }
}
