using System.Text;
using Scraper.Tests.Support;

namespace Scraper.Tests.Fetching;

/// <summary>
/// A whole Macmillan-style entry page for "blinter" whose definition and example have accented letters, in a
/// given encoding, with a given &lt;meta&gt; in its head: what sites that are not UTF-8 serve.
/// </summary>
internal static class EncodedPage
{
    public const string Definition = "a café where the naïve meet";
    public const string Example = "Meet me at the blinter café, señor.";

    static EncodedPage() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static string Html(string headMeta) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
            {{headMeta}}
            <title>blinter (noun) definition | Test Dictionary</title>
        </head>
        <body>
        <div id="entryContent">
            <div class="HOMOGRAPH">
                <div id="headword"><h1><span class="BASE">blinter</span></h1></div>
                <div id="headbar"><span class="PART-OF-SPEECH">noun</span></div>
                <ol class="senses">
                    <li><div class="SENSE"><div class="SENSE-BODY"><span class="DEFINITION">{{Definition}}</span>
                        <div class="EXAMPLES"><p class="EXAMPLE">{{Example}}</p></div></div></div></li>
                </ol>
            </div>
        </div>
        </body>
        </html>
        """;

    /// <param name="bom">Whether the bytes start with the encoding's byte order mark.</param>
    public static RawAnswer Answer(Encoding encoding, string headMeta, string? contentType, bool bom = false) =>
        new(200, [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(Html(headMeta))], contentType);
}
