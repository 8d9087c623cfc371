namespace Scraper.Keywords;

/// <summary>Keywords that cannot be read as text. The message is one line, fit for stderr as is.</summary>
public sealed class KeywordInputException : Exception
{
    public KeywordInputException()
    {
    }

    public KeywordInputException(string message)
        : base(message)
    {
    }

    public KeywordInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
