using System.Text;

namespace Scraper.Tests.Support;

/// <summary>One scripted answer of <see cref="FixtureServer"/>: a status, a body and headers, or no answer at all.</summary>
internal sealed record FixtureResponse(int Status, string Body = "", IReadOnlyDictionary<string, string>? Headers = null, bool NeverAnswers = false)
{
    public static FixtureResponse Page(string fixtureFile) => new(200, ReadFixture(fixtureFile));

    public static FixtureResponse Html(string html) => new(200, html);

    public static FixtureResponse WithStatus(int status) =>
        new(status, $"<!DOCTYPE html><html><head><title>HTTP {status}</title></head><body><h1>HTTP {status}</h1></body></html>");

    public static FixtureResponse TooManyRequests(int retryAfterSeconds) =>
        WithStatus(429) with { Headers = new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) } };

    public static FixtureResponse Redirect(string location) =>
        new(302, "", new Dictionary<string, string> { ["Location"] = location });

    /// <summary>Holds the request open until the client gives up or the server stops.</summary>
    public static FixtureResponse Hang { get; } = new(0, NeverAnswers: true);

    public byte[] BodyBytes { get; } = Encoding.UTF8.GetBytes(Body);

    public static string ReadFixture(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "macmillan", fileName));
}
