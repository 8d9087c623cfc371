using System.Text;
using Scraper.Output;
using Scraper.Results;

namespace Scraper.Tests.Resume;

/// <summary>A results file in a temporary folder, written by the real writers; deleted with the folder.</summary>
internal sealed class ResultFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("scraper-resume-").FullName;

    public ResultFile(ResultFormat format) => Format = format;

    public ResultFormat Format { get; }

    public string Path => System.IO.Path.Combine(folder, Format == ResultFormat.Csv ? "out.csv" : "out.jsonl");

    public string Text => File.ReadAllText(Path);

    public static LookupResult Result(string keyword, LookupStatus status) => new()
    {
        Keyword = keyword,
        Url = "http://127.0.0.1/dictionary/british/" + keyword,
        Status = status,
        HttpStatus = status == LookupStatus.Failed ? 503 : 200,
        Attempts = 1,
        Entries = status == LookupStatus.Found
            ? [new Entry(keyword, null, "noun", null, [new Sense("a first sense of " + keyword, ["an example"], []), new Sense("a second sense", [], [])])]
            : [],
    };

    /// <summary>What the writer of the format makes of <paramref name="results"/> in a new file.</summary>
    public static async Task<string> RenderAsync(ResultFormat format, params LookupResult[] results)
    {
        await using var writer = new StringWriter();
        await using (var resultWriter = ResultWriters.Create(format, writer))
        {
            foreach (var result in results)
            {
                await resultWriter.WriteAsync(result, TestContext.Current.CancellationToken);
            }
        }

        return writer.ToString();
    }

    public async Task WriteAsync(params LookupResult[] results) => await File.WriteAllTextAsync(Path, await RenderAsync(Format, results), TestContext.Current.CancellationToken);

    public Task AppendAsync(string text) => File.AppendAllTextAsync(Path, text, new UTF8Encoding(false), TestContext.Current.CancellationToken);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
