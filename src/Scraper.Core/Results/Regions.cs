namespace Scraper.Results;

/// <summary>The accents a <see cref="Recording"/> can name, as the result contract writes them.</summary>
public static class Regions
{
    public const string British = "uk";

    public const string American = "us";
}
