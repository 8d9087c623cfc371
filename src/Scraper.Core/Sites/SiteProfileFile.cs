using System.Text.Json;

using Scraper.Results;

namespace Scraper.Sites;

/// <summary>
/// A user's own site profile from a JSON file with the fields of the built-in ones (`scraper sites --format json`).
/// Every problem is one <see cref="SiteProfileFileException"/> whose message names the file and the field.
/// </summary>
public static class SiteProfileFile
{
    // A profile is a few hundred bytes; a larger file is something else given by mistake.
    private const long MaxBytes = 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="SiteProfileFileException">The file cannot be read, is not JSON, or is not a valid profile.</exception>
    public static SiteProfile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // What the file says reaches the terminal (its name in the results and logs, its values in a problem): cleaned.
        var problem = Parse(Read(path), out var profile);
        return problem is null
            ? profile! with { Name = CleanText.Of(profile!.Name), Description = CleanText.Of(profile.Description) }
            : throw new SiteProfileFileException(CleanText.Of($"site file '{path}': {problem}"));
    }

    /// <summary>The profile in <paramref name="json"/>, or null and the first problem found.</summary>
    internal static string? Parse(ReadOnlyMemory<byte> json, out SiteProfile? profile)
    {
        profile = null;
        json = json.Span.StartsWith("\uFEFF"u8) ? json[3..] : json;
        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return "the file is empty";
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return $"invalid JSON{Where(ex)}: {Reason(ex)}";
        }

        using (document)
        {
            var root = document.RootElement;
            var type = SiteProfileJsonContext.Default.SiteProfile;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return root.ValueKind == JsonValueKind.Array
                    ? "expected one profile (a JSON object) but found a list: copy one profile out of 'scraper sites --format json'"
                    : $"expected one profile (a JSON object) but found {root.ValueKind.ToString().ToLowerInvariant()}";
            }

            if (SiteProfileFields.FindProblem(root, type) is { } fieldProblem)
            {
                return fieldProblem;
            }

            try
            {
                profile = JsonSerializer.Deserialize(json.Span, type)!;
            }
            catch (JsonException ex)
            {
                return SiteProfileFields.DescribeBadValue(root, type, ex.Path ?? "$") + Where(ex);
            }
        }

        return SiteProfileRules.FindProblem(profile);
    }

    // Read in chunks, not by Length: a pipe (--site-file <(...)) has none.
    private static ReadOnlyMemory<byte> Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var bytes = new MemoryStream();
            var chunk = new byte[16 * 1024];
            for (var read = stream.Read(chunk); read > 0; read = stream.Read(chunk))
            {
                bytes.Write(chunk, 0, read);
                if (bytes.Length > MaxBytes)
                {
                    throw new SiteProfileFileException($"site file '{path}': larger than {MaxBytes / 1024} KB, so not a site profile");
                }
            }

            return bytes.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SiteProfileFileException($"cannot read site file '{path}': {ex.Message}", ex);
        }
    }

    // Counted from 1, as editors show them.
    private static string Where(JsonException ex) =>
        ex.LineNumber is { } line ? $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "";

    // System.Text.Json ends its messages with "LineNumber: 2 | BytePositionInLine: 7.", said in words by Where.
    private static string Reason(JsonException ex)
    {
        var cut = ex.Message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return (cut >= 0 ? ex.Message[..cut] : ex.Message).TrimEnd();
    }
}
