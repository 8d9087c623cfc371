namespace Scraper.LocalSite.Pages;

/// <summary>One of Macmillan's two editions, as its URLs spell it.</summary>
internal sealed record Edition(string PathPrefix, string Code, string Name)
{
    public static Edition British { get; } = new("/dictionary/british/", "british", "British");

    public static Edition American { get; } = new("/us/dictionary/american/", "american", "American");

    /// <summary>The edition whose URL prefix starts <paramref name="path"/>, and the rest of the path after it.</summary>
    public static Edition? Match(string path, out string rest)
    {
        foreach (var edition in (ReadOnlySpan<Edition>)[British, American])
        {
            if (path.StartsWith(edition.PathPrefix, StringComparison.Ordinal))
            {
                rest = path[edition.PathPrefix.Length..];
                return edition;
            }
        }

        rest = "";
        return null;
    }
}
