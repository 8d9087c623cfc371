using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>What every usage error must look like.</summary>
internal static class UsageAssert
{
    /// <summary>Exit 2, exactly one "scraper: " line on stderr, no stack trace, nothing on stdout, no request made.</summary>
    public static void IsUsageError(CliRun run, FixtureServer server)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("scraper: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        Assert.Equal(0, server.TotalRequests);
    }
}
