using System.Text;

namespace Scraper.Tests.Support;

/// <summary>One answer of <see cref="RawPageServer"/>: a status, the body's exact bytes, its Content-Type (null: none) and other headers.</summary>
internal sealed record RawAnswer(int Status, byte[] Body, string? ContentType, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static RawAnswer Html(int status, string html, string? contentType = "text/html; charset=utf-8") =>
        new(status, Encoding.UTF8.GetBytes(html), contentType);

    /// <summary>A fixture page of tests/Fixtures/macmillan, as UTF-8 bytes.</summary>
    public static RawAnswer Fixture(int status, string fileName) => Html(status, FixtureResponse.ReadFixture(fileName));

    public RawAnswer WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers ?? new Dictionary<string, string>()) { [name] = value } };
}
