using Scraper.Files;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Scraper.Benchmark;

/// <summary>Saved runs, one JSON file per name in one folder (the data folder's scraper/baselines).</summary>
public sealed class BaselineStore(string directory)
{
    /// <summary>A name is a file name: letters, digits, '.', '-', '_'; not starting with '.', no '..', at most 100 characters.</summary>
    public static bool IsValidName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 100 && name[0] != '.' && !name.Contains("..", StringComparison.Ordinal)
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    public string PathOf(string name)
    {
        if (!IsValidName(name))
        {
            throw new ArgumentException($"not a baseline name: '{name}'", nameof(name));
        }

        return Path.Combine(directory, name + ".json");
    }

    /// <summary>Writes the baseline whole or not at all, through no link (<see cref="AtomicFile"/>).</summary>
    public void Save(Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var path = PathOf(baseline.Name);
        Directory.CreateDirectory(directory);
        AtomicFile.WriteBytes(path, new UTF8Encoding(false).GetBytes(JsonSerializer.Serialize(baseline, BenchJsonContext.Default.Baseline) + "\n"));
    }

    /// <summary>The baseline saved under <paramref name="name"/>; null when there is none.</summary>
    /// <exception cref="InvalidDataException">The file is there but is not a baseline.</exception>
    public Baseline? Load(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), BenchJsonContext.Default.Baseline)
                ?? throw new InvalidDataException($"'{path}' is not a saved bench run");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{path}' is not a saved bench run: {ex.Message}", ex);
        }
    }

    /// <summary>What a run measured on: this machine, these words in this order, this site.</summary>
    public static BaselineOrigin OriginOf(IReadOnlyList<string> words, string site)
    {
        ArgumentNullException.ThrowIfNull(words);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', words)));
        return new BaselineOrigin(
            $"{Environment.MachineName}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}",
            $"{words.Count} words, sha256 {Convert.ToHexStringLower(hash)[..12]}",
            site);
    }
}
