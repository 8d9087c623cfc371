using Scraper.Tests.Cli;
using System.Text.Json;
using Scraper.Tests.Support;

namespace Scraper.Tests.Output;

/// <summary>The --format variants and -o, read back the way a consumer would read them.</summary>
public sealed class LookupOutputTests : IAsyncLifetime
{
    private const string Prefix = JsonResults.Prefix;
    private FixtureServer server = null!;

    public async ValueTask InitializeAsync()
    {
        server = await FixtureServer.StartAsync(TestContext.Current.CancellationToken);
        server.Serve(Prefix + "florp", "florp_1.html")
            .Serve(Prefix + "florp_2", "florp_2.html")
            .Serve(Prefix + "snargle", "snargle-notfound.html");
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Json_is_one_array_in_keyword_order_with_the_fields_of_the_product_brief()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "florp", "snargle", "--format", "json");

        // Assert
        var results = JsonResults.FromArray(run.Out);
        Assert.Equal(["florp", "snargle"], results.Select(r => r.GetProperty("keyword").GetString()));
        Assert.All(results, r => Assert.Equal(
            ["keyword", "site", "url", "status", "httpStatus", "attempts", "elapsedMs", "entries", "suggestions", "error"],
            r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(new Uri(server.BaseUrl, Prefix + "florp").AbsoluteUri, results[0].GetProperty("url").GetString());
        var entry = results[0].Entries()[0];
        Assert.Equal(
            ["headword", "homograph", "partOfSpeech", "pronunciation", "senses", "audio"],
            entry.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["definition", "examples", "subsenses"],
            entry.GetProperty("senses")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("error").ValueKind);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Jsonl_is_one_valid_object_per_line_and_verbose_logs_stay_on_stderr()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "florp", "snargle", "--format", "jsonl", "-v");

        // Assert
        var lines = run.Out.Split('\n');
        Assert.Equal("", lines[^1]);
        var statuses = lines[..^1].Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
            return (document.RootElement.GetProperty("keyword").GetString(), document.RootElement.Status());
        });
        Assert.Equal([("florp", "found"), ("snargle", "not-found")], statuses.OrderBy(s => s.Item1));
        Assert.Contains(run.ErrorLines, l => l.Contains("GET " + server.BaseUrl.AbsoluteUri.TrimEnd('/') + Prefix + "florp_2 200", StringComparison.Ordinal));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Csv_has_a_header_then_one_row_per_sense_or_subsense_and_one_for_a_word_without_entries()
    {
        // Arrange
        var json = JsonResults.Single((await CliRun.LookupAsync(server, "florp", "--format", "json")).Out);
        var senses = json.Entries().SelectMany(e => e.GetProperty("senses").EnumerateArray()).Sum(s => 1 + s.GetProperty("subsenses").GetArrayLength());

        // Act
        var run = await CliRun.LookupAsync(server, "florp", "snargle", "--format", "csv", "-c", "1");

        // Assert
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("keyword,status,url,httpStatus,attempts,elapsedMs,headword,homograph,partOfSpeech,pronunciation,sense,definition,examples,suggestions,error,site", lines[0]);
        Assert.Equal(1 + senses + 1, lines.Length);
        // Rows come in the order words finish, so count them rather than expect an order.
        Assert.Equal(senses, lines.Count(l => l.StartsWith("florp,found,", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.StartsWith("snargle,not-found,", StringComparison.Ordinal));
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public async Task Output_to_a_file_writes_the_file_and_nothing_on_stdout()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), $"scraper-test-{Guid.NewGuid():N}.json");
        try
        {
            // Act
            var run = await CliRun.LookupAsync(server, "florp", "--format", "json", "-o", path);

            // Assert
            Assert.Equal("", run.Out);
            Assert.Equal("found", JsonResults.Single(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Status());
            Assert.Equal(0, run.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_table_on_stdout_holds_results_and_the_logs_go_to_stderr()
    {
        // Act
        var run = await CliRun.LookupAsync(server, "florp");

        // Assert
        Assert.Contains("florp", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" INF] ", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.Contains(" INF] ", StringComparison.Ordinal));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task The_table_into_a_pipe_never_breaks_a_line_at_80_columns()
    {
        // Arrange: a word the server does not have, long enough that its line passes 80 columns.
        var word = new string('q', 90);

        // Act
        var run = await CliRun.LookupAsync(server, word);

        // Assert
        Assert.Contains(run.Out.ReplaceLineEndings("\n").Split('\n'), l => l.StartsWith(word + ": not in the dictionary", StringComparison.Ordinal));
        Assert.Equal(1, run.ExitCode);
    }
}
