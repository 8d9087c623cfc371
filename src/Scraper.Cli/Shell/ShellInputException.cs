namespace Scraper.Cli.Shell;

/// <summary>A line of piped input that is not text: the shell stops there, as at any mistaken line.</summary>
internal sealed class ShellInputException(string message) : Exception(message);
