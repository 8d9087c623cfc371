using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Sites;
using Scraper.Tests.Support;

namespace Scraper.Tests.Sites;

public sealed class SitesCommandTests
{
    [Fact]
    public async Task Sites_lists_every_profile_with_its_url_pattern_rate_and_verification()
    {
        // Act
        var run = await CliRun.RunAsync("sites");

        // Assert
        foreach (var profile in SiteCatalog.All)
        {
            Assert.Contains(run.OutLines, l => l.StartsWith(profile.Name + "  ", StringComparison.Ordinal));
            var pattern = profile.Origin.GetLeftPart(UriPartial.Path).TrimEnd('/') + profile.PathTemplate;
            Assert.Contains(run.OutLines, l => l.Trim() == $"URL       {pattern}");
        }

        Assert.Equal(SiteCatalog.All.Count, run.OutLines.Count(l => l.TrimStart().StartsWith("Rate ", StringComparison.Ordinal)));
        Assert.Equal(SiteCatalog.All.Count, run.OutLines.Count(l => l.TrimStart().StartsWith("Verified ", StringComparison.Ordinal)));
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Sites_into_a_pipe_pads_no_line_with_trailing_spaces()
    {
        // Act
        var run = await CliRun.RunAsync("sites");

        // Assert
        Assert.All(run.OutLines, line => Assert.Equal(line.TrimEnd(), line));
        Assert.Contains(run.OutLines, line => line.Trim() == "Rate      1 request per second per host (default)");
    }

    [Fact]
    public async Task Sites_shows_the_archive_profiles_timestamp_and_no_other_profile_has_one()
    {
        // Act
        var run = await CliRun.RunAsync("sites");

        // Assert
        var timestamps = run.OutLines.Where(l => l.TrimStart().StartsWith("Timestamp ", StringComparison.Ordinal)).ToList();
        Assert.Equal("Timestamp 20230601: each page is the archive's capture nearest this time, earlier or later", Assert.Single(timestamps).Trim());
        var archive = Array.FindIndex(run.OutLines, l => l.StartsWith("macmillan-archive  ", StringComparison.Ordinal));
        Assert.Equal(run.OutLines[archive + 2], timestamps[0]);
    }

    [Fact]
    public async Task Sites_as_json_gives_the_archive_timestamp_of_the_archive_profile_and_null_elsewhere()
    {
        // Act
        var run = await CliRun.RunAsync("sites", "--format", "json");

        // Assert
        using var json = JsonDocument.Parse(run.Out);
        var timestamps = json.RootElement.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("archiveTimestamp"));
        Assert.Equal("20230601", timestamps["macmillan-archive"].GetString());
        Assert.All(timestamps.Where(t => t.Key != "macmillan-archive"), t => Assert.Equal(JsonValueKind.Null, t.Value.ValueKind));
    }

    [Fact]
    public async Task Sites_as_json_is_every_profile_with_camel_case_fields()
    {
        // Act
        var run = await CliRun.RunAsync("sites", "--format", "json");

        // Assert
        using var json = JsonDocument.Parse(run.Out);
        var profiles = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(SiteCatalog.All.Select(p => p.Name), profiles.Select(p => p.GetProperty("name").GetString()));
        Assert.All(profiles, p => Assert.Equal(JsonValueKind.String, p.GetProperty("selectors").GetProperty("entry").ValueKind));
        Assert.All(profiles, p => Assert.Equal(JsonValueKind.Array, p.GetProperty("checkWords").ValueKind));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Each_profile_of_the_json_loads_back_as_a_site_file_unchanged()
    {
        // Arrange
        using var files = new SiteFiles();
        var run = await CliRun.RunAsync("sites", "--format", "json");
        using var json = JsonDocument.Parse(run.Out);

        foreach (var (element, builtIn) in json.RootElement.EnumerateArray().Zip(SiteCatalog.All))
        {
            // Act
            var loaded = SiteProfileFile.Load(files.Write(element.GetRawText(), builtIn.Name + ".json"));

            // Assert
            Assert.Equal(SiteProfileJson.Serialize([builtIn]), SiteProfileJson.Serialize([loaded]));
        }
    }
}
