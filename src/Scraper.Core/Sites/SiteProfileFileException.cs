namespace Scraper.Sites;

/// <summary>A site profile file that cannot be used. The message is one line, fit for stderr as is.</summary>
public sealed class SiteProfileFileException : Exception
{
    public SiteProfileFileException()
    {
    }

    public SiteProfileFileException(string message)
        : base(message)
    {
    }

    public SiteProfileFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
