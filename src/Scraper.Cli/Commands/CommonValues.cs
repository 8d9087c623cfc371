namespace Scraper.Cli.Commands;

/// <summary>The parsed values of the options that lookup, bench and check share.</summary>
internal sealed record CommonValues(string[]? Words, string? File, string Site, string? SiteFile, Uri? BaseUrl, bool Verbose, bool Quiet)
{
    public static CommonValues Default { get; } = new(null, null, "macmillan", null, null, false, false);
}
