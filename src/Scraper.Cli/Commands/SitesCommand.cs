using System.CommandLine;
using Scraper.Sites;

namespace Scraper.Cli.Commands;

/// <summary>`scraper sites`: the built-in site profiles.</summary>
internal static class SitesCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("sites", "List the site profiles");
        command.SetAction(_ =>
        {
            foreach (var profile in SiteCatalog.All)
            {
                console.Out.WriteLine($"{profile.Name}");
                console.Out.WriteLine($"  {profile.Description}");
                console.Out.WriteLine($"  URL:      {profile.Origin.GetLeftPart(UriPartial.Authority)}{profile.PathTemplate}");
                console.Out.WriteLine($"  Verified: {profile.VerifiedOn}");
                if (profile.Notes.Length > 0)
                {
                    console.Out.WriteLine($"  Notes:    {profile.Notes}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
