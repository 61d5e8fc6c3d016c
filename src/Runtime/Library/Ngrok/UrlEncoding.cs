using System.Text;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>Which part of a URL text is escaped or unescaped; each allows different characters (as Go's <c>net/url</c>).</summary>
internal enum UrlPart
{
    Path,
    PathSegment,
    Host,
    Zone,
    UserPassword,
    QueryComponent,
    Fragment,
}

/// <summary>
/// Percent-encoding with the character classes of Go's <c>net/url</c> (RFC 3986 with Go's
/// choices). Works on the UTF-8 bytes of the text: every non-ASCII byte is escaped, and
/// unescaped bytes that do not form UTF-8 become U+FFFD (CEL strings are Unicode text).
/// Escapes are written with upper-case hex digits.
/// </summary>
internal static class UrlEncoding
{
    private const string UpperHex = "0123456789ABCDEF";

    /// <summary>True when <paramref name="c"/> must be escaped in <paramref name="part"/>.</summary>
    public static bool ShouldEscape(byte c, UrlPart part)
    {
        if (c is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9') return false;
        if (part is UrlPart.Host or UrlPart.Zone)
        {
            // A host may hold sub-delims, ':' and the brackets of an IP literal; Go also lets '<', '>' and '"' through.
            switch (c)
            {
                case (byte)'!' or (byte)'$' or (byte)'&' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'*' or (byte)'+'
                    or (byte)',' or (byte)';' or (byte)'=' or (byte)':' or (byte)'[' or (byte)']' or (byte)'<' or (byte)'>' or (byte)'"':
                    return false;
            }
        }
        switch (c)
        {
            case (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~':
                return false;
            case (byte)'$' or (byte)'&' or (byte)'+' or (byte)',' or (byte)'/' or (byte)':' or (byte)';' or (byte)'=' or (byte)'?' or (byte)'@':
                return part switch
                {
                    UrlPart.Path => c == '?',
                    UrlPart.PathSegment => c is (byte)'/' or (byte)';' or (byte)',' or (byte)'?',
                    UrlPart.UserPassword => c is (byte)'@' or (byte)'/' or (byte)'?' or (byte)':',
                    UrlPart.QueryComponent => true,
                    UrlPart.Fragment => false,
                    _ => true,
                };
        }
        if (part == UrlPart.Fragment && c is (byte)'!' or (byte)'(' or (byte)')' or (byte)'*') return false;
        return true;
    }

    /// <summary>
    /// Escapes <paramref name="text"/> for <paramref name="part"/>; in a query component a space
    /// becomes <c>+</c> (Go's <c>url.QueryEscape</c>), elsewhere <c>%20</c>.
    /// </summary>
    public static string Escape(string text, UrlPart part)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var sb = new StringBuilder(bytes.Length + 8);
        foreach (var b in bytes)
        {
            if (b == ' ' && part == UrlPart.QueryComponent) sb.Append('+');
            else if (ShouldEscape(b, part)) sb.Append('%').Append(UpperHex[b >> 4]).Append(UpperHex[b & 0xF]);
            else sb.Append((char)b);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Undoes percent-encoding (and, in a query component, <c>+</c> for space), with Go's
    /// checks: a <c>%</c> needs two hex digits; in a host, escapes may only produce non-ASCII
    /// bytes or <c>%25</c>, and characters that would need escaping are not allowed raw.
    /// Returns null and sets <paramref name="error"/> (Go's message) on failure.
    /// </summary>
    public static string? Unescape(string text, UrlPart part, out string? error)
    {
        error = null;
        var bytes = Encoding.UTF8.GetBytes(text);
        var output = new byte[bytes.Length];
        var n = 0;
        for (var i = 0; i < bytes.Length;)
        {
            var b = bytes[i];
            if (b == '%')
            {
                if (i + 2 >= bytes.Length || !IsHex(bytes[i + 1]) || !IsHex(bytes[i + 2]))
                {
                    error = $"invalid URL escape {Quote(bytes, i, Math.Min(3, bytes.Length - i))}";
                    return null;
                }
                var value = (byte)(HexValue(bytes[i + 1]) << 4 | HexValue(bytes[i + 2]));
                var isPercent25 = bytes[i + 1] == '2' && bytes[i + 2] == '5';
                // RFC 3986 lets a host use escapes only for non-ASCII bytes; RFC 6874 adds %25 for the zone of an IPv6 literal.
                if (part == UrlPart.Host && HexValue(bytes[i + 1]) < 8 && !isPercent25)
                {
                    error = $"invalid URL escape {Quote(bytes, i, 3)}";
                    return null;
                }
                // A zone may use escapes, but only for bytes that could be written plainly (spaces allowed).
                if (part == UrlPart.Zone && !isPercent25 && value != ' ' && ShouldEscape(value, UrlPart.Host))
                {
                    error = $"invalid URL escape {Quote(bytes, i, 3)}";
                    return null;
                }
                output[n++] = value;
                i += 3;
                continue;
            }
            if (b == '+')
            {
                output[n++] = part == UrlPart.QueryComponent ? (byte)' ' : (byte)'+';
                i++;
                continue;
            }
            if (part is UrlPart.Host or UrlPart.Zone && b < 0x80 && ShouldEscape(b, part))
            {
                error = $"invalid character {Quote(bytes, i, 1)} in host name";
                return null;
            }
            output[n++] = b;
            i++;
        }
        return Encoding.UTF8.GetString(output, 0, n);
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    /// <summary>A piece of the input as Go's <c>%q</c> shows it in errors.</summary>
    private static string Quote(byte[] bytes, int start, int length) =>
        GoQuote(Encoding.UTF8.GetString(bytes, start, length));

    /// <summary>Double-quoted, with backslash escapes for quotes, backslashes and control characters.</summary>
    public static string GoQuote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
