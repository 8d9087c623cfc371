using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scraper.Results;

namespace Scraper.Output;

/// <summary>One result as one line of compact JSON, and back.</summary>
public static class ResultJson
{
    // The relaxed encoder writes "/lʌv/" and "don't" as they are, and still escapes control characters.
    private static readonly ResultJsonContext Context = new(
        new JsonSerializerOptions(ResultJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    // It leaves the invisible characters that reorder or hide text (bidi overrides, zero-width) raw,
    // the same ones CleanText drops; outside string literals JSON has none of them, so escaping them here is safe.
    private static readonly SearchValues<char> Invisible =
        SearchValues.Create("\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>Compact JSON on one line, elapsedMs rounded to 0.1 ms.</summary>
    public static string Serialize(LookupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rounded = result with { ElapsedMs = Math.Round(result.ElapsedMs, 1, MidpointRounding.AwayFromZero) };
        var json = JsonSerializer.Serialize(rounded, Context.LookupResult);
        return json.AsSpan().ContainsAny(Invisible) ? EscapeInvisible(json) : json;
    }

    /// <exception cref="JsonException">The line is not a result.</exception>
    public static LookupResult Deserialize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return JsonSerializer.Deserialize(line, Context.LookupResult)
            ?? throw new JsonException("a result line is null");
    }

    private static string EscapeInvisible(string json)
    {
        var builder = new StringBuilder(json.Length + 16);
        foreach (var c in json)
        {
            if (Invisible.Contains(c))
            {
                builder.Append(@"\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
