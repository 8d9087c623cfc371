using Scraper.Tests.Support;

namespace Scraper.Tests.Cli;

/// <summary>An -o path that cannot be a file: exit 2 with one line saying why, before anything is fetched.</summary>
public sealed class OutputPathUsageTests : IAsyncLifetime
{
    private readonly TempDirectory folder = new();
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync() => server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Theory]
    [InlineData("anki")]
    [InlineData("markdown")]
    [InlineData("jsonl")]
    public async Task An_output_path_that_is_a_directory_says_so(string format)
    {
        var run = await CliRun.LookupAsync(server, "love", "--format", format, "-o", folder.Path);

        UsageAssert.IsUsageError(run, server);
        Assert.Equal($"scraper: cannot write output file '{folder.Path}': it is a directory", run.ErrorLines[0]);
    }

    [Theory]
    [InlineData("anki")]
    [InlineData("markdown")]
    public async Task An_output_path_under_a_regular_file_is_a_usage_error_that_leaves_the_file_alone(string format)
    {
        var file = Path.Combine(folder.Path, "notes.txt");
        await File.WriteAllTextAsync(file, "mine\n", TestContext.Current.CancellationToken);

        var run = await CliRun.LookupAsync(server, "love", "--format", format, "-o", Path.Combine(file, "cards.txt"));

        UsageAssert.IsUsageError(run, server);
        Assert.StartsWith($"scraper: cannot write output file '{Path.Combine(file, "cards.txt")}': ", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("mine\n", await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
    }
}
