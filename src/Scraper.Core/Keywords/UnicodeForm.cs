using System.Text;

namespace Scraper.Keywords;

/// <summary>Unicode normalization that never throws: any text is data.</summary>
public static class UnicodeForm
{
    /// <summary>
    /// The text in <paramref name="form"/>. string.Normalize throws on a lone surrogate (possible in a command-line
    /// argument) and on the noncharacters U+FFFE and U+FFFF (valid UTF-8, so possible in any file or pipe): a half
    /// character becomes U+FFFD, a noncharacter stays as it is, and the text around them is normalized.
    /// </summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return PieceByPiece(text, form);
        }
    }

    // Runs of ordinary characters are normalized together (so that a letter and its combining marks compose); a
    // character the normalizer refuses stands alone between them.
    private static string PieceByPiece(string text, NormalizationForm form)
    {
        var result = new StringBuilder(text.Length);
        var run = new StringBuilder();
        foreach (var rune in Runes(text))
        {
            if (Refused(rune))
            {
                result.Append(run.ToString().Normalize(form)).Append(rune.ToString());
                run.Clear();
            }
            else
            {
                run.Append(rune.ToString());
            }
        }

        return result.Append(run.ToString().Normalize(form)).ToString();
    }

    private static bool Refused(Rune rune)
    {
        try
        {
            _ = rune.ToString().Normalize(NormalizationForm.FormC);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    // Each code point; a lone surrogate as U+FFFD.
    private static IEnumerable<Rune> Runes(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            yield return status == System.Buffers.OperationStatus.Done ? rune : Rune.ReplacementChar;
            i += Math.Max(1, used);
        }
    }
}
