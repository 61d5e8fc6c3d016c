using System.Globalization;
using System.Numerics;
using System.Text;
using Policy.Runtime.Values;

namespace Policy.Compiler.Syntax;

/// <summary>
/// Turns the text of a literal token into a value: string and bytes literals with CEL's quoting
/// forms, raw prefixes and escapes, and numbers with their range checks. Failures are returned
/// as messages with the offset (within the token) of the offending part.
/// </summary>
public static class LiteralDecoder
{
    /// <summary>A failure: what went wrong and where in the token.</summary>
    public readonly record struct Failure(string Message, int Offset, int Length);

    /// <summary>Decodes a string (<c>'…'</c>, <c>"""…"""</c>, <c>r'…'</c>) or bytes (<c>b'…'</c>, <c>br'…'</c>) literal.</summary>
    public static CelValue DecodeQuoted(string token, out Failure? failure)
    {
        failure = null;
        var i = 0;
        var isBytes = false;
        var isRaw = false;
        if (token[i] is 'b' or 'B') { isBytes = true; i++; }
        if (token[i] is 'r' or 'R') { isRaw = true; i++; }
        var quoteLength = token.Length - i >= 6 && token[i + 1] == token[i] && token[i + 2] == token[i] ? 3 : 1;
        var start = i + quoteLength;
        var end = token.Length - quoteLength;
        var content = token.AsSpan(start, end - start);

        if (isRaw) return isBytes ? CelBytes.FromString(content.ToString()) : CelString.Of(content.ToString());

        var bytes = isBytes ? new List<byte>(content.Length) : null;
        var text = isBytes ? null : new StringBuilder(content.Length);
        for (var p = 0; p < content.Length; p++)
        {
            var c = content[p];
            if (c != '\\')
            {
                if (text is not null) text.Append(c);
                else AppendUtf8(bytes!, content, ref p);
                continue;
            }

            var escapeStart = p;
            if (!TryDecodeEscape(content, ref p, isBytes, out var codePoint, out var isByte, out var error))
            {
                failure = new Failure(error, start + escapeStart, Math.Max(2, p - escapeStart + 1));
                return CelError.Of(error);
            }
            if (text is not null) text.Append(char.ConvertFromUtf32(codePoint));
            else if (isByte) bytes!.Add((byte)codePoint);
            else AppendCodePointUtf8(bytes!, codePoint);
        }
        return isBytes ? CelBytes.Wrap([.. bytes!]) : CelString.Of(text!.ToString());
    }

    /// <summary>
    /// Decodes one escape starting at the backslash at <paramref name="p"/>, leaving
    /// <paramref name="p"/> on its last character.
    /// </summary>
    private static bool TryDecodeEscape(ReadOnlySpan<char> s, ref int p, bool isBytes, out int value, out bool isByte, out string error)
    {
        value = 0;
        isByte = false;
        error = "";
        if (p + 1 >= s.Length)
        {
            error = "invalid escape sequence: a backslash ends the literal";
            return false;
        }
        var c = s[++p];
        switch (c)
        {
            case '\\': value = '\\'; return true;
            case '?': value = '?'; return true;
            case '"': value = '"'; return true;
            case '\'': value = '\''; return true;
            case '`': value = '`'; return true;
            case 'a': value = 7; return true;
            case 'b': value = 8; return true;
            case 'f': value = 12; return true;
            case 'n': value = '\n'; return true;
            case 'r': value = '\r'; return true;
            case 't': value = '\t'; return true;
            case 'v': value = 11; return true;
            case 'x' or 'X':
                if (!TryHex(s, p + 1, 2, out value)) { error = $"invalid escape sequence \\{c}: expected two hexadecimal digits"; return false; }
                p += 2;
                isByte = isBytes;
                return true;
            case 'u' or 'U':
            {
                var digits = c == 'u' ? 4 : 8;
                if (isBytes) { error = $"invalid escape sequence \\{c} in a bytes literal: use \\x or octal escapes"; return false; }
                if (!TryHex(s, p + 1, digits, out value)) { error = $"invalid escape sequence \\{c}: expected {digits} hexadecimal digits"; return false; }
                p += digits;
                if (value is >= 0xD800 and <= 0xDFFF) { error = $"invalid escape sequence \\{c}{value:X}: surrogate code points are not characters"; return false; }
                if (value > 0x10FFFF) { error = $"invalid escape sequence \\{c}{value:X}: beyond the last Unicode code point"; return false; }
                return true;
            }
            case >= '0' and <= '3':
                if (p + 2 < s.Length && s[p + 1] is >= '0' and <= '7' && s[p + 2] is >= '0' and <= '7')
                {
                    value = (c - '0') * 64 + (s[p + 1] - '0') * 8 + (s[p + 2] - '0');
                    p += 2;
                    isByte = isBytes;
                    return true;
                }
                error = "invalid octal escape: expected three octal digits from \\000 to \\377";
                return false;
            default:
                error = $"invalid escape sequence \\{c}";
                return false;
        }
    }

    private static bool TryHex(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length) return false;
        return int.TryParse(s.Slice(start, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value)
            && !s.Slice(start, count).ContainsAny('+', '-');
    }

    private static void AppendUtf8(List<byte> bytes, ReadOnlySpan<char> s, ref int p)
    {
        if (char.IsHighSurrogate(s[p]) && p + 1 < s.Length && char.IsLowSurrogate(s[p + 1]))
        {
            AppendCodePointUtf8(bytes, char.ConvertToUtf32(s[p], s[p + 1]));
            p++;
        }
        else
        {
            AppendCodePointUtf8(bytes, s[p]);
        }
    }

    private static void AppendCodePointUtf8(List<byte> bytes, int codePoint)
    {
        Span<byte> buffer = stackalloc byte[4];
        var rune = Rune.IsValid(codePoint) ? new Rune(codePoint) : Rune.ReplacementChar;
        var n = rune.EncodeToUtf8(buffer);
        for (var i = 0; i < n; i++) bytes.Add(buffer[i]);
    }

    /// <summary>Decodes an int literal (decimal or 0x hex), negated when <paramref name="negative"/>.</summary>
    public static CelValue DecodeInt(string token, bool negative, out Failure? failure)
    {
        failure = null;
        if (!TryParseMagnitude(token, out var magnitude))
        {
            failure = new Failure("invalid integer literal", 0, token.Length);
            return CelError.Of(failure.Value.Message);
        }
        var value = negative ? -magnitude : magnitude;
        if (value < long.MinValue || value > long.MaxValue)
        {
            failure = new Failure($"integer literal {(negative ? "-" : "")}{token} is out of the int64 range", 0, token.Length);
            return CelError.Of(failure.Value.Message);
        }
        return CelInt.Of((long)value);
    }

    /// <summary>Decodes a uint literal (with its <c>u</c> suffix).</summary>
    public static CelValue DecodeUint(string token, out Failure? failure)
    {
        failure = null;
        if (!TryParseMagnitude(token[..^1], out var magnitude) || magnitude > ulong.MaxValue)
        {
            failure = new Failure($"unsigned integer literal {token} is out of the uint64 range", 0, token.Length);
            return CelError.Of(failure.Value.Message);
        }
        return CelUint.Of((ulong)magnitude);
    }

    /// <summary>Decodes a double literal, negated when <paramref name="negative"/>.</summary>
    public static CelValue DecodeDouble(string token, bool negative, out Failure? failure)
    {
        failure = null;
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            failure = new Failure("invalid double literal", 0, token.Length);
            return CelError.Of(failure.Value.Message);
        }
        return CelDouble.Of(negative ? -d : d);
    }

    private static bool TryParseMagnitude(string digits, out BigInteger value)
    {
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            return BigInteger.TryParse("0" + digits[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        return BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
