using System.Text;

namespace Scraper.Robots;

/// <summary>
/// RFC 9309 §2.2.2: paths are compared octet by octet after percent-encoding is made uniform. An escaped unreserved
/// character is unescaped (%62 is b), every other escape is kept with upper-case hex, and a character outside
/// printable US-ASCII is escaped as its UTF-8 octets. In a URL, a literal * and $ are escaped too, since a rule can
/// name them only as %2A and %24 (those are its wildcard and end anchor).
/// </summary>
internal static class RobotsPath
{
    public static string OfUrl(Uri url)
    {
        // Not GetComponents: the site's URLs keep their path as written (no canonicalisation), which it refuses.
        var path = url.AbsolutePath + url.Query;
        return Normalise(path.Length == 0 ? "/" : path, escapeSpecials: true);
    }

    public static string OfRule(string pattern) => Normalise(pattern, escapeSpecials: false);

    private static string Normalise(string text, bool escapeSpecials)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && IsHex(text, i + 1))
            {
                var octet = Convert.ToByte(text.Substring(i + 1, 2), 16);
                if (IsUnreserved((char)octet))
                {
                    result.Append((char)octet);
                }
                else
                {
                    result.Append('%').Append(octet.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += 2;
            }
            else if (escapeSpecials && c is '*' or '$')
            {
                result.Append(c == '*' ? "%2A" : "%24");
            }
            else if (c <= ' ' || c >= 0x7F)
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                foreach (var octet in Encoding.UTF8.GetBytes(text.Substring(i, length)))
                {
                    result.Append('%').Append(octet.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool IsHex(string text, int at) =>
        at + 1 < text.Length && char.IsAsciiHexDigit(text[at]) && char.IsAsciiHexDigit(text[at + 1]);

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
