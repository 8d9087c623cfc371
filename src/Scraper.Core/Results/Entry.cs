namespace Scraper.Results;

/// <summary>One homograph of a headword: one part of speech with its senses.</summary>
public sealed record Entry(
    string Headword,
    int? Homograph,
    string? PartOfSpeech,
    string? Pronunciation,
    IReadOnlyList<Sense> Senses)
{
    /// <summary>
    /// The pronunciation recordings the page links for this entry, in page order, without duplicates; empty, never
    /// null, when it links none (one schema for every entry, and result files of earlier versions read back as empty).
    /// </summary>
    public IReadOnlyList<Recording> Audio
    {
        get;

        // The source-generated reader sets a field missing from the line to null, past the initializer.
        init => field = value ?? [];
    } = [];
}
