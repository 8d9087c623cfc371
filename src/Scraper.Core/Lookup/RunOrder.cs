namespace Scraper.Lookup;

/// <summary>The stable order of a run's (word, site) pairs: word order, then the sites in the order given.</summary>
public static class RunOrder
{
    public static int IndexOf(int word, int site, int siteCount) => (word * siteCount) + site;

    public static int WordOf(int index, int siteCount) => index / siteCount;

    public static int SiteOf(int index, int siteCount) => index % siteCount;
}
