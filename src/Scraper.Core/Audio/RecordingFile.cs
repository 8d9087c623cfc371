namespace Scraper.Audio;

/// <summary>A fetched recording: its bytes, or why there are none.</summary>
public sealed record RecordingFile(string Url, byte[]? Bytes, string? Problem)
{
    /// <summary>The extension its URL's path ends with (".mp3", ".ogg"), which players go by; ".mp3" when it has none.</summary>
    public string Extension
    {
        get
        {
            var extension = Path.GetExtension(new Uri(Url).AbsolutePath).ToLowerInvariant();
            return extension is { Length: > 1 and <= 5 } && extension[1..].All(char.IsAsciiLetterOrDigit) ? extension : ".mp3";
        }
    }
}
