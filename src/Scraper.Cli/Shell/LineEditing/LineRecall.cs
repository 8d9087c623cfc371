namespace Scraper.Cli.Shell;

/// <summary>
/// The up and down arrows: older and newer lines of the history, back to the line that was being typed. The line
/// being typed is kept, so that going up and down again gives it back as it was.
/// </summary>
internal sealed class LineRecall(IReadOnlyList<string> lines)
{
    private int position = lines.Count;
    private string draft = "";

    /// <summary>The line before the one shown, or null when the oldest is shown.</summary>
    public string? Older(string shown)
    {
        if (position == 0)
        {
            return null;
        }

        if (position == lines.Count)
        {
            draft = shown;
        }

        position--;
        return lines[position];
    }

    /// <summary>The line after the one shown (the draft after the newest), or null when the draft is shown.</summary>
    public string? Newer()
    {
        if (position >= lines.Count)
        {
            return null;
        }

        position++;
        return position == lines.Count ? draft : lines[position];
    }
}
