using System.Text;
using Policy.Runtime.Library.Strings;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// The implementations of ngrok's own Traffic Policy functions (<see cref="NgrokLibrary"/>).
/// ngrok runs on Go, so where its documentation is silent these follow the Go standard library
/// that the documented names point at (<c>net/url</c>, <c>encoding/json</c>, <c>hash/crc64</c>);
/// each member says where a choice was ours. Failures are <see cref="CelError"/> values.
/// </summary>
public static partial class NgrokFunctions
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>
    /// <c>s.lower()</c>: every code point mapped by Unicode's simple lower-case mapping, as Go's
    /// <c>strings.ToLower</c> (so <c>'İ'</c> becomes <c>'i'</c> and the length in code points is kept).
    /// </summary>
    public static string Lower(string text) => MapRunes(text, upper: false);

    /// <summary><c>s.upper()</c>: Unicode simple upper-case mapping per code point (Go's <c>strings.ToUpper</c>; <c>'ß'</c> stays).</summary>
    public static string Upper(string text) => MapRunes(text, upper: true);

    /// <summary>
    /// <c>s.decodeBase64()</c>: the text that standard base64 (padding optional, as
    /// <c>base64.decode</c>) encodes. ngrok documents a string result; bytes that are not UTF-8
    /// are an error, as in <c>string(bytes)</c>.
    /// </summary>
    public static CelValue DecodeBase64(string text)
    {
        var decoded = EncoderFunctions.Base64Decode(text);
        if (decoded is not CelBytes bytes) return decoded;
        try
        {
            return CelString.Of(StrictUtf8.GetString(bytes.Span));
        }
        catch (DecoderFallbackException)
        {
            return CelError.Of("decodeBase64: the decoded bytes are not valid UTF-8");
        }
    }

    /// <summary><c>s.encodeBase64()</c>: standard base64, with padding, of the UTF-8 bytes of the string.</summary>
    public static string EncodeBase64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary><c>b.encodeBase64()</c>: standard base64 of bytes (the same as <c>base64.encode(b)</c>).</summary>
    public static string EncodeBase64(CelBytes bytes) => Convert.ToBase64String(bytes.Span);

    /// <summary>
    /// <c>basic_auth.encode(user, pass)</c>: the value of an HTTP <c>Authorization</c> header for
    /// Basic authentication, <c>"Basic " + base64(user + ":" + pass)</c> over UTF-8.
    /// </summary>
    public static string BasicAuthEncode(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    private static string MapRunes(string text, bool upper)
    {
        // Go maps rune by rune with the simple (1:1) Unicode mappings. .NET's invariant mappings
        // are those too, except that they leave out the dotted capital I (U+0130 -> i), the
        // dotless small i (U+0131 -> I) and, with invariant globalization, the long s
        // (U+017F -> S), which Unicode and Go include; with these three the result is the same
        // whether or not the host uses ICU.
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var mapped = rune.Value switch
            {
                0x130 when !upper => new Rune('i'),
                0x131 when upper => new Rune('I'),
                0x17F when upper => new Rune('S'),
                _ => upper ? Rune.ToUpperInvariant(rune) : Rune.ToLowerInvariant(rune),
            };
            sb.Append(mapped.ToString());
        }
        return sb.ToString();
    }
}
