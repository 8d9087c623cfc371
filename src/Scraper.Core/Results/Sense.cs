namespace Scraper.Results;

/// <summary>A numbered sense: its definition, its examples and its lettered sub-senses.</summary>
public sealed record Sense(string Definition, IReadOnlyList<string> Examples, IReadOnlyList<Subsense> Subsenses);
