namespace Scraper.Benchmark;

/// <summary>Pages whose request opened a new connection, and pages that reused a pooled one.</summary>
public sealed record ConnectionCounts(int Opened, int Reused);
