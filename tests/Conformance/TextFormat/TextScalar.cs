using System.Globalization;
using System.Text;

namespace Policy.Conformance.TextFormat;

/// <summary>
/// A scalar value. The accessors interpret it for a field type and report a located
/// <see cref="TextFormatException"/> when it does not fit.
/// </summary>
public sealed class TextScalar : TextValue
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _bytes;

    /// <summary>Creates a scalar.</summary>
    /// <param name="kind">The lexical kind.</param>
    /// <param name="text">Numbers and names as written (with a leading <c>-</c> when negative); for strings the escaped source.</param>
    /// <param name="bytes">For strings, the unescaped bytes.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    public TextScalar(TextScalarKind kind, string text, byte[] bytes, int line, int column)
        : base(line, column)
    {
        Kind = kind;
        Text = text;
        _bytes = bytes;
    }

    /// <summary>The lexical kind.</summary>
    public TextScalarKind Kind { get; }

    /// <summary>The text as written (strings: the escaped source between the quotes).</summary>
    public string Text { get; }

    /// <summary>A string value's raw bytes (for <c>bytes</c> fields).</summary>
    public byte[] AsBytes() => Kind == TextScalarKind.String ? [.. _bytes] : throw Error($"expected a string, found {Text}");

    /// <summary>A string value decoded as UTF-8 (for <c>string</c> fields).</summary>
    public string AsString()
    {
        if (Kind != TextScalarKind.String) throw Error($"expected a string, found {Text}");
        try
        {
            return StrictUtf8.GetString(_bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Error("string is not valid UTF-8");
        }
    }

    /// <summary>A signed 64-bit integer (decimal, <c>0x</c> hex or <c>0</c>-prefixed octal).</summary>
    public long AsInt64()
    {
        var (negative, magnitude) = ParseInteger();
        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1) throw Error($"{Text} is out of int64 range");
            return magnitude == (ulong)long.MaxValue + 1 ? long.MinValue : -(long)magnitude;
        }
        return magnitude <= long.MaxValue ? (long)magnitude : throw Error($"{Text} is out of int64 range");
    }

    /// <summary>An unsigned 64-bit integer.</summary>
    public ulong AsUInt64()
    {
        var (negative, magnitude) = ParseInteger();
        return negative && magnitude != 0 ? throw Error($"{Text} is negative, expected an unsigned integer") : magnitude;
    }

    /// <summary>A double: any number, or <c>inf</c>, <c>infinity</c>, <c>nan</c> (any case, optionally negative).</summary>
    public double AsDouble()
    {
        var negative = Text.StartsWith('-');
        var body = negative ? Text[1..] : Text;
        double value;
        if (Kind == TextScalarKind.Identifier)
        {
            value = body.ToUpperInvariant() switch
            {
                "INF" or "INFINITY" => double.PositiveInfinity,
                "NAN" => double.NaN,
                _ => throw Error($"expected a number, found {Text}"),
            };
        }
        else if (Kind == TextScalarKind.Number)
        {
            if (IsInteger(body)) return negative ? -(double)ParseInteger().Magnitude : ParseInteger().Magnitude;
            var trimmed = body.TrimEnd('f', 'F');
            if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                throw Error($"malformed number {Text}");
        }
        else
        {
            throw Error($"expected a number, found a string");
        }
        return negative ? -value : value;
    }

    /// <summary>A bool: <c>true</c>/<c>True</c>/<c>t</c>/<c>1</c> or <c>false</c>/<c>False</c>/<c>f</c>/<c>0</c>.</summary>
    public bool AsBool() => Text switch
    {
        "true" or "True" or "t" or "1" => true,
        "false" or "False" or "f" or "0" => false,
        _ => throw Error($"expected a bool, found {Describe()}"),
    };

    /// <summary>An enum constant's name, or its number as text when written as a number.</summary>
    public string AsEnum() => Kind switch
    {
        TextScalarKind.Identifier when !Text.StartsWith('-') => Text,
        TextScalarKind.Number => AsInt64().ToString(CultureInfo.InvariantCulture),
        _ => throw Error($"expected an enum value, found {Describe()}"),
    };

    private string Describe() => Kind == TextScalarKind.String ? "a string" : Text;

    private static bool IsInteger(string body) =>
        body.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || body.All(char.IsAsciiDigit);

    private (bool Negative, ulong Magnitude) ParseInteger()
    {
        var negative = Text.StartsWith('-');
        var body = negative ? Text[1..] : Text;
        if (Kind != TextScalarKind.Number || !IsInteger(body)) throw Error($"expected an integer, found {Describe()}");
        var (digits, radix) = body.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? (body[2..], 16)
            : body.Length > 1 && body[0] == '0' ? (body[1..], 8)
            : (body, 10);
        if (digits.Length == 0) throw Error($"malformed integer {Text}");
        ulong value = 0;
        foreach (var c in digits)
        {
            var digit = (ulong)(char.IsAsciiDigit(c) ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10);
            if (digit >= (ulong)radix) throw Error($"malformed integer {Text}");
            if (value > (ulong.MaxValue - digit) / (ulong)radix) throw Error($"{Text} is out of 64-bit range");
            value = value * (ulong)radix + digit;
        }
        return (negative, value);
    }
}
