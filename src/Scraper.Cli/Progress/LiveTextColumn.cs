using Spectre.Console;
using Spectre.Console.Rendering;

namespace Scraper.Cli.Progress;

/// <summary>A progress bar column whose text is worked out afresh at every refresh.</summary>
internal sealed class LiveTextColumn(Func<ProgressTask, string> text) : ProgressColumn
{
    protected override bool NoWrap => true;

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) => new Text(text(task));
}
