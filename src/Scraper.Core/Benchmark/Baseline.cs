namespace Scraper.Benchmark;

/// <summary>A saved run: its name, when it was saved, what it measured on, and its whole report.</summary>
public sealed record Baseline(string Name, DateTimeOffset SavedAt, BaselineOrigin Origin, BenchReport Report);
