using Spectre.Console;
using Spectre.Console.Rendering;

namespace Scraper.Cli.Logging;

/// <summary>
/// A line printed above a live progress bar, each of its rows erased to the end first: the bar drew over those rows,
/// and without the erase a short row kept the bar's tail (or a "^C" the terminal echoed) after its own text.
/// </summary>
internal sealed class ErasedRows(string line) : IRenderable
{
    private const string EraseToEnd = "\u001b[K";
    private readonly Text text = new(line);

    public Measurement Measure(RenderOptions options, int maxWidth) => ((IRenderable)text).Measure(options, maxWidth);

    public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Ansi)
        {
            foreach (var segment in ((IRenderable)text).Render(options, maxWidth).Append(Segment.LineBreak))
            {
                yield return segment;
            }

            yield break;
        }

        yield return Segment.Control(EraseToEnd);
        foreach (var segment in ((IRenderable)text).Render(options, maxWidth))
        {
            if (segment.IsLineBreak)
            {
                yield return Segment.Control(EraseToEnd);
            }

            yield return segment;
        }

        yield return Segment.Control(EraseToEnd);
        yield return Segment.LineBreak;
    }
}
