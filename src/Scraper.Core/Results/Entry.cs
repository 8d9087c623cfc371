namespace Scraper.Results;

/// <summary>One homograph of a headword: one part of speech with its senses.</summary>
public sealed record Entry(
    string Headword,
    int? Homograph,
    string? PartOfSpeech,
    string? Pronunciation,
    IReadOnlyList<Sense> Senses);
