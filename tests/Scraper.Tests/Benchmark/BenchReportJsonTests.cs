using System.Text.Json;
using Scraper.Benchmark;

namespace Scraper.Tests.Benchmark;

public sealed class BenchReportJsonTests
{
    [Fact]
    public void The_json_has_every_property_of_the_product_schema_with_its_type()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 3900), BenchSamples.Pass(BenchMode.Async, 8, 625)];
        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);

        using var json = JsonDocument.Parse(BenchReportJson.Serialize(report));

        var root = json.RootElement;
        AssertProperties(root, "keywords", "site", "baseUrl", "latencyMs", "runs", "speedup", "idealAsyncMs", "efficiency", "identicalEntries", "sweep");
        Assert.Equal(13, root.GetProperty("keywords").GetInt32());
        Assert.Equal("macmillan", root.GetProperty("site").GetString());
        Assert.Equal("http://127.0.0.1:41234", root.GetProperty("baseUrl").GetString());
        Assert.Equal(300, root.GetProperty("latencyMs").GetInt32());
        Assert.Equal(6.24, root.GetProperty("speedup").GetDouble());
        Assert.Equal(600, root.GetProperty("idealAsyncMs").GetDouble());
        Assert.Equal(0.96, root.GetProperty("efficiency").GetDouble());
        Assert.Equal(JsonValueKind.True, root.GetProperty("identicalEntries").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("sweep").ValueKind);

        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        Assert.Equal(["sync", "async"], runs.Select(run => run.GetProperty("mode").GetString()));
        var sync = runs[0];
        AssertProperties(sync, "mode", "concurrency", "repeat", "wallMs", "pages", "pagesPerSecond", "latencyMs", "statuses", "retries", "bytes");
        Assert.Equal(1, sync.GetProperty("concurrency").GetInt32());
        Assert.Equal(1, sync.GetProperty("repeat").GetInt32());
        AssertProperties(sync.GetProperty("wallMs"), "min", "median", "max");
        Assert.Equal(3900, sync.GetProperty("wallMs").GetProperty("median").GetDouble());
        Assert.Equal(13, sync.GetProperty("pages").GetInt32());
        Assert.Equal(3.3, sync.GetProperty("pagesPerSecond").GetDouble());
        AssertProperties(sync.GetProperty("latencyMs"), "p50", "p90", "p99", "max");
        Assert.Equal(13, sync.GetProperty("statuses").GetProperty("200").GetInt32());
        Assert.Equal(0, sync.GetProperty("retries").GetInt32());
        Assert.Equal(13000, sync.GetProperty("bytes").GetInt64());
    }

    [Fact]
    public void Unknown_figures_are_written_as_nulls()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Async, 8, 625)];
        var report = BenchReportBuilder.Build(BenchSamples.Local(latencyMs: null), passes, identicalEntries: true);

        using var json = JsonDocument.Parse(BenchReportJson.Serialize(report));

        foreach (var name in new[] { "latencyMs", "speedup", "idealAsyncMs", "efficiency" })
        {
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public void A_sweep_is_written_with_each_concurrency_and_its_figures()
    {
        PassSample[] passes = [BenchSamples.Pass(BenchMode.Sync, 1, 3900), BenchSamples.Pass(BenchMode.Async, 2, 2100), BenchSamples.Pass(BenchMode.Async, 8, 620)];
        var report = BenchReportBuilder.Build(BenchSamples.Local(), passes, identicalEntries: true);

        using var json = JsonDocument.Parse(BenchReportJson.Serialize(report));

        var point = json.RootElement.GetProperty("sweep")[0];
        AssertProperties(point, "concurrency", "wallMs", "speedup", "idealAsyncMs", "efficiency");
        Assert.Equal(2, point.GetProperty("concurrency").GetInt32());
        Assert.Equal(2100, point.GetProperty("wallMs").GetDouble());
        Assert.Equal(1.86, point.GetProperty("speedup").GetDouble());
    }

    // PRODUCT.md's fields come first and in its order; fields added later follow them (none renamed).
    private static void AssertProperties(JsonElement element, params string[] names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(names, element.EnumerateObject().Select(property => property.Name).Take(names.Length));
    }
}
