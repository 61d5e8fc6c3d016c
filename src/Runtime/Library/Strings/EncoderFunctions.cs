using System.Globalization;
using System.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Strings;

/// <summary>Implementations of the encoders extension (<see cref="EncodersLibrary"/>).</summary>
public static class EncoderFunctions
{
    /// <summary><c>base64.encode(b)</c>: standard base64 with padding.</summary>
    public static string Base64Encode(CelBytes bytes) => Convert.ToBase64String(bytes.Span);

    /// <summary>
    /// <c>base64.decode(s)</c>: decodes standard base64, with complete padding or with none.
    /// CR and LF are skipped; any other character outside the alphabet, a misplaced or partial
    /// padding, or a lone final character is an error.
    /// </summary>
    public static CelValue Base64Decode(string text)
    {
        // Not Convert.FromBase64String: it also skips spaces and tabs and insists on padding.
        var output = new byte[text.Length / 4 * 3 + 3];
        var written = 0;
        var bits = 0;
        var bitCount = 0;
        var symbols = 0;
        var padding = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n') continue;
            if (c == '=')
            {
                padding++;
                continue;
            }
            var value = Sextet(c);
            if (value < 0 || padding > 0) return Illegal(text, i);
            symbols++;
            bits = (bits << 6) | value;
            bitCount += 6;
            if (bitCount >= 8)
            {
                bitCount -= 8;
                output[written++] = (byte)(bits >> bitCount);
                bits &= (1 << bitCount) - 1;
            }
        }

        // The last group may hold 2 or 3 symbols (1 or 2 bytes), but never just 1; when padded,
        // the padding must complete the group of 4 exactly.
        var rest = symbols % 4;
        if (rest == 1) return Illegal(text, text.Length);
        if (padding > 0 && (rest == 0 || rest + padding != 4)) return Illegal(text, text.Length);
        return CelBytes.Of(output.AsSpan(0, written));
    }

    private static int Sextet(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };

    /// <summary>The error for bad input; the position is a byte offset in the UTF-8 text, as Go reports it.</summary>
    private static CelError Illegal(string text, int index) =>
        CelError.Of("illegal base64 data at input byte " +
            Encoding.UTF8.GetByteCount(text.AsSpan(0, index)).ToString(CultureInfo.InvariantCulture));
}
