namespace Scraper.Resume;

/// <summary>A file given to resume is not a results file of the run's format; nothing was changed in it.</summary>
public sealed class ResumeFileException : Exception
{
    public ResumeFileException()
    {
    }

    public ResumeFileException(string message)
        : base(message)
    {
    }

    public ResumeFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
