using System.Globalization;

namespace Scraper.Cli.Progress;

/// <summary>
/// Where a run stands: words done of the total, failures, time so far; and from them its rate and time left.
/// With several sites each (word, site) pair is one result, and the <see cref="Unit"/> says "results".
/// </summary>
internal readonly record struct RunPace(int Done, int Total, int Failures, TimeSpan Elapsed, string Unit = "words")
{
    public double WordsPerSecond => Elapsed > TimeSpan.Zero ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>"1:02:03", "4:05"; "?" before the first word is done.</summary>
    public string TimeLeft
    {
        get
        {
            if (WordsPerSecond <= 0)
            {
                return "?";
            }

            var left = TimeSpan.FromSeconds(Math.Ceiling(Math.Max(0, Total - Done) / WordsPerSecond));
            return left.ToString(left.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);
        }
    }
}
