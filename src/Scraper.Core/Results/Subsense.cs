namespace Scraper.Results;

/// <summary>A lettered sub-sense ("a.", "b.") of a sense.</summary>
public sealed record Subsense(string Definition, IReadOnlyList<string> Examples);
