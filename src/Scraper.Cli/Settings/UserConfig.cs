using Scraper.Output;

namespace Scraper.Cli.Settings;

/// <summary>
/// The config file's defaults (<see cref="UserConfigFile"/>): the site of lookup, check and shell, lookup's format and
/// concurrency. An option given on the command line wins over each; a key the file does not set is null.
/// </summary>
internal sealed record UserConfig(string? Path, string? Site, ResultFormat? Format, int? Concurrency)
{
    /// <summary>No file, or nothing in it.</summary>
    public static UserConfig None { get; } = new(null, null, null, null);

    /// <summary>"site = local, format = json": what `scraper --info` shows of the file.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Site is not null)
        {
            parts.Add($"site = {Site}");
        }

        if (Format is { } format)
        {
            parts.Add($"format = {Usage.ChoiceOption.Name(format)}");
        }

        if (Concurrency is { } concurrency)
        {
            parts.Add($"concurrency = {concurrency}");
        }

        return parts.Count == 0 ? "sets nothing" : string.Join(", ", parts);
    }
}
