namespace Scraper.LocalSite.Audio;

/// <summary>
/// A short recording of silence, as real MPEG-1 Layer III bytes: whole frames, each a 4-byte header (128 kbit/s,
/// 44.1 kHz, no CRC) and a zero body, which decoders play as silence. Each recording gets its own length, so a test
/// can tell one word's file from another's.
/// </summary>
internal static class SilentMp3
{
    // 144 × 128000 / 44100, rounded down: the length of a frame without padding.
    public const int FrameBytes = 417;

    private static readonly byte[] Header = [0xFF, 0xFB, 0x90, 0xC4];

    /// <summary>Between 3 and 9 frames (about 80 to 230 ms, 1.2 to 3.8 KB), chosen by the recording's key.</summary>
    public static byte[] For(string key)
    {
        var frames = 3 + (int)(StableHash.Of("recording", key) % 7);
        var bytes = new byte[frames * FrameBytes];
        for (var frame = 0; frame < frames; frame++)
        {
            Header.CopyTo(bytes, frame * FrameBytes);
        }

        return bytes;
    }
}
