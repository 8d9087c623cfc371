using System.Text.Json;

namespace Scraper.Benchmark;

/// <summary>The bench report as PRODUCT.md's JSON.</summary>
public static class BenchReportJson
{
    public static string Serialize(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, BenchJsonContext.Default.BenchReport);
    }
}
