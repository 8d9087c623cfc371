namespace Scraper.Benchmark;

/// <summary>
/// What a run measured on: the machine (name, cores, OS), the word list (count and a hash of the words in order)
/// and the site (the profile, and the embedded site's latency or the origin). Two runs compare like with like only
/// when these agree.
/// </summary>
public sealed record BaselineOrigin(string Machine, string Words, string Site);
