namespace Scraper.Lookup;

/// <summary>The words of one `scraper check` and the verdict they make.</summary>
public sealed record SiteCheckReport(string Site, int WordCount, IReadOnlyList<WordCheck> Words)
{
    /// <summary>Every check word was looked up and parses.</summary>
    public bool Passed => Words.Count == WordCount && Words.All(w => w.Passed);

    /// <summary>One line: "macmillan: OK, all 3 check words parse" or what failed and what it means.</summary>
    public string Verdict
    {
        get
        {
            if (Passed)
            {
                return $"{Site}: OK, all {WordCount} check word(s) parse (found, with definitions and examples)";
            }

            var failing = Words.Where(w => !w.Passed).ToList();
            var notChecked = WordCount - Words.Count;
            var counts = failing.GroupBy(w => w.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.First().Label}").ToList();
            if (notChecked > 0)
            {
                counts.Add($"{notChecked} not checked: interrupted");
            }

            var meaning = failing.Select(w => w.Outcome).Distinct().Order().Select(Meaning);
            return $"{Site}: FAILED, {failing.Count + notChecked} of {WordCount} check word(s) do not parse "
                + $"({string.Join(", ", counts)})" + string.Concat(meaning.Select(m => $"; {m}"));
        }
    }

    private static string Meaning(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Drifted => "the site's markup has drifted from the profile's selectors",
        CheckOutcome.Blocked => "the site refused the tool",
        CheckOutcome.NotFound => "words that must exist were not found",
        _ => "requests failed (see the log)",
    };
}
