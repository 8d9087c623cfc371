using Scraper.Cli;
using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>`--site local`: the embedded site run in-process for one command, with nothing else started.</summary>
public sealed class LocalSiteChoiceTests
{
    [Fact]
    public async Task Lookup_with_site_local_finds_love_as_the_macmillan_profile_at_a_loopback_address()
    {
        var run = await CliRun.RunAsync("lookup", "love", "--site", "local", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var result = JsonResults.Single(run.Out);
        Assert.Equal("found", result.Status());
        Assert.Equal("macmillan", result.GetProperty("site").GetString());
        Assert.StartsWith("http://127.0.0.1:", result.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_with_site_local_passes()
    {
        var run = await CliRun.RunAsync("check", "--site", "local");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("macmillan: OK", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shell_with_site_local_looks_up_a_piped_word()
    {
        var run = await CliRun.RunWithStdinAsync("love\n", "shell", "--site", "local", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\"status\":\"found\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_with_site_local_benchmarks_its_embedded_site()
    {
        var run = await CliRun.RunAsync("bench", "love", "--site", "local", "--latency", "0", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("\"site\":\"macmillan\"", run.Out.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--base-url", "http://127.0.0.1:9/")]
    [InlineData("--base-url", "macmillan=http://127.0.0.1:9/")]
    public async Task Site_local_with_a_base_url_for_it_is_a_usage_error(string option, string value)
    {
        var run = await CliRun.RunAsync("lookup", "love", "--site", "local", option, value);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("scraper: --site local runs its own site", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_local_and_macmillan_in_one_list_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("lookup", "love", "--site", "local,macmillan");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("give local or macmillan, not both", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
