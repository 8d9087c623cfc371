using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Scraper.Sites;

/// <summary>
/// Checks a profile's JSON object against the record's own metadata before it is read: every required
/// field present, no unknown field (a misspelt optional selector would otherwise be dropped in silence).
/// Driven by the source-generated metadata, so fields added to the records are checked without changes here.
/// </summary>
internal static class SiteProfileFields
{
    public static string? FindProblem(JsonElement json, JsonTypeInfo type, string prefix = "")
    {
        foreach (var field in json.EnumerateObject())
        {
            if (!type.Properties.Any(p => p.Name == field.Name))
            {
                var near = type.Properties.FirstOrDefault(p => string.Equals(p.Name, field.Name, StringComparison.OrdinalIgnoreCase));
                return $"unknown field '{prefix}{field.Name}'" + (near is null ? "" : $" (did you mean '{prefix}{near.Name}'?)");
            }
        }

        foreach (var property in type.Properties)
        {
            if (!json.TryGetProperty(property.Name, out var value))
            {
                if (property.IsRequired)
                {
                    return $"missing required field '{prefix}{property.Name}'";
                }

                continue;
            }

            var nested = type.Options.GetTypeInfo(property.PropertyType);
            if (nested.Kind == JsonTypeInfoKind.Object && value.ValueKind == JsonValueKind.Object
                && FindProblem(value, nested, $"{prefix}{property.Name}.") is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>
    /// What is wrong with the value at <paramref name="jsonPath"/> ("$.selectors.entry", "$.checkWords[0]"), in the
    /// words of the field's type: System.Text.Json's own message names .NET types, not what the file should hold.
    /// </summary>
    public static string DescribeBadValue(JsonElement json, JsonTypeInfo type, string jsonPath)
    {
        var names = jsonPath.TrimStart('$').Split(['.', '['], StringSplitOptions.RemoveEmptyEntries).Where(n => !n.EndsWith(']')).ToList();
        JsonPropertyInfo? property = null;
        foreach (var name in names)
        {
            property = type.Properties.FirstOrDefault(p => p.Name == name);
            if (property is null || !json.TryGetProperty(name, out json))
            {
                break;
            }

            type = type.Options.GetTypeInfo(property.PropertyType);
        }

        var field = string.Join('.', names);
        return property is null ? $"bad value for '{field}'"
            : json.ValueKind == JsonValueKind.Null ? $"'{field}' must not be null"
            : $"'{field}' must be {Expected(property.PropertyType)}";
    }

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? "text"
            : type == typeof(Uri) ? "text (a URL)"
            : type.IsEnum ? $"one of {string.Join(", ", Enum.GetNames(type))}"
            : type.IsPrimitive ? "a number"
            : typeof(IEnumerable<string>).IsAssignableFrom(type) ? "a list of text"
            : "an object";
    }
}
