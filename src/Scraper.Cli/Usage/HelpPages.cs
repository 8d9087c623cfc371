namespace Scraper.Cli.Usage;

/// <summary>What each command's help ends with: a few examples, then its exit codes.</summary>
internal static class HelpPages
{
    private const string Internal = "70 internal error (a bug: one line on stderr; -v logs the details)";
    private const string Interrupted = "130 interrupted (Ctrl+C or SIGTERM)";
    private const string Closed = "141 stdout was closed by its reader (e.g. a pipe into head)";

    public static IReadOnlyList<string> Examples(string command) => command switch
    {
        "lookup" =>
        [
            "scraper lookup love --site local       (offline: the embedded site)",
            "scraper lookup love hello --site wiktionary",
            "scraper lookup -f words.txt -o out.jsonl -c 16  (format from the name)",
            "echo love | scraper lookup --site local",
            "scraper lookup -- -ism                 (a word that starts with -)",
        ],
        "bench" =>
        [
            "scraper bench                          (offline: the embedded site)",
            "scraper bench -c 1,2,4,8,16,32 --repeat 3 --modes sync,async,threads",
            "scraper bench -f words.txt --format json -o report.json",
            "scraper bench --repeat 5 --save before  (later: --compare before)",
        ],
        "serve" =>
        [
            "scraper serve --port 5000 --latency 100",
            "scraper serve --fail-rate 0.1 --throttle-rate 0.05",
            "scraper serve --from pages --port 5000 (replay a --cache directory)",
        ],
        "sites" => ["scraper sites", "scraper sites --format json"],
        "parse" =>
        [
            "scraper parse saved/love.html --site longman",
            "scraper parse pages/*.html --site-file mysite.json --format jsonl -o out.jsonl",
        ],
        "check" => ["scraper check --site longman", "scraper check --site local"],
        "shell" =>
        [
            "scraper shell --site local             (then type words; :help lists the commands)",
            "scraper shell --site wiktionary --no-cache",
            "scraper shell < words.txt > out.txt    (no prompt: results only on stdout)",
        ],
        "history" => ["scraper history", "scraper history -n 20", "scraper history --format json"],
        "cache" => ["scraper cache                          (the same as: scraper cache info)", "scraper cache clear"],
        "completion" => ["source <(scraper completion bash)", "scraper completion fish > ~/.config/fish/completions/scraper.fish"],
        "help" => ["scraper help lookup"],
        _ =>
        [
            "scraper lookup love --site local       (offline: the embedded site)",
            "scraper lookup love --site wiktionary",
            "scraper bench                          (offline: sync versus async)",
        ],
    };

    public static IReadOnlyList<string> ExitCodes(string command) => command switch
    {
        "lookup" =>
        [
            "0 every word found",
            "1 at least one word not in the dictionary, none failed",
            "2 bad usage or bad input (nothing fetched)",
            "3 a word failed, was blocked or did not parse; or --play/--save-audio did",
            "4 results could not be written (--resume continues)",
            Internal, Interrupted, Closed,
        ],
        "bench" =>
        [
            "0 done, and both modes extracted identical entries",
            "2 bad usage or bad input (nothing fetched)",
            "3 the modes extracted different entries, or a word failed",
            "4 the report could not be written",
            "5 --compare: slower than the baseline beyond --regression (10 %)",
            Internal, Interrupted, Closed,
        ],
        "parse" =>
        [
            "0 every page gave entries",
            "1 a page is the site's not-found page, none failed",
            "2 bad usage, a bad --site-file, or a file that cannot be read (nothing written)",
            "3 a page gave no entry (empty: its error names the step and selector), was a bot challenge, or was not parsed",
            "4 results could not be written",
            Internal, Closed,
        ],
        "check" =>
        [
            "0 every check word parses",
            "2 bad usage or a bad --site-file (nothing fetched)",
            "3 a check word did not parse (drift, blocked, not-found, failed)",
            Internal, Interrupted,
        ],
        "shell" =>
        [
            "0 left by :quit or Ctrl+D on a terminal; piped input: every word found",
            "1 piped input: a word was not in the dictionary, none failed",
            "2 bad usage (before the prompt); piped input: a mistaken line, which ends the shell",
            "3 piped input: a word failed, or :play could not play",
            Internal,
            "130 Ctrl+C while waiting for a line of plain input, or a piped word's lookup cancelled by it (on a terminal it clears the line)",
            Closed,
        ],
        "history" => ["0 listed (also when there is nothing yet)", "2 bad usage, no known data folder, or the history cannot be read", Internal, Closed],
        "cache" => ["0 shown or cleared", "2 bad usage, or no known cache folder", "3 some pages could not be removed", Internal, Closed],
        "serve" => ["0 stopped by Ctrl+C or SIGTERM", "2 bad usage, or the port cannot be listened on", Internal],
        _ => ["0 done", "2 bad usage", Internal, Closed],
    };
}
