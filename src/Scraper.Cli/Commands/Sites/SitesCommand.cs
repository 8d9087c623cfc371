using System.CommandLine;
using Scraper.Cli.Rendering;
using Scraper.Cli.Usage;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>`scraper sites`: the built-in site profiles, as a table or as the JSON that --site-file reads.</summary>
internal static class SitesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = ChoiceOption.Create("--format", "table, or json: every profile with all its fields (copy one into a file for --site-file)", SitesFormat.Table);
        var command = new Command("sites", "List the site profiles") { format };
        command.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(format) == SitesFormat.Json)
            {
                await console.Out.WriteLineAsync(SiteProfileJson.Serialize(SiteCatalog.All));
            }
            else
            {
                SiteListRenderer.Render(Terminal.Create(console.Out, console.OutputIsTerminal, wrapWhenRedirected: false), SiteCatalog.All, console.OutputIsTerminal);
            }

            await console.Out.FlushAsync();
            return ExitCodes.Success;
        });
        return command;
    }
}
