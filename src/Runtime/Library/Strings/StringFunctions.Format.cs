using System.Globalization;
using System.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Strings;

public static partial class StringFunctions
{
    private const int DefaultPrecision = 6;

    /// <summary>
    /// <c>fmt.format(args)</c>: printf-style substitution. Each clause takes the next argument:
    /// <c>%s</c> (any of the scalar types, lists, maps, types, null), <c>%d</c> (int, uint,
    /// double), <c>%f</c> and <c>%e</c> (int, uint, double; default precision 6, or <c>%.Nf</c>),
    /// <c>%b</c> (int, uint, bool), <c>%x</c>/<c>%X</c> (int, uint, string, bytes), <c>%o</c>
    /// (int, uint); <c>%%</c> is a literal percent sign. A clause without an argument, an unknown
    /// clause, or an argument of the wrong type is an error. Extra arguments are ignored here
    /// (the checker reports them when the list is a literal).
    /// </summary>
    public static CelValue Format(string format, CelList args)
    {
        var sb = new StringBuilder(format.Length + 16);
        var argIndex = 0;
        var i = 0;
        while (i < format.Length)
        {
            var percent = format.IndexOf('%', i);
            if (percent < 0)
            {
                sb.Append(format, i, format.Length - i);
                break;
            }
            sb.Append(format, i, percent - i);
            i = percent;
            if (i + 1 < format.Length && format[i + 1] == '%')
            {
                sb.Append('%');
                i += 2;
                continue;
            }

            // The argument is checked before the clause, as cel-go does: "%" at the end of the
            // string with no arguments left reports the missing argument.
            if (argIndex >= args.Count) return CelError.Of($"index {argIndex} out of range");
            if (i + 1 >= format.Length) return CelError.Of("unexpected end of string");
            var error = FormatClause(format, ref i, args[argIndex], sb);
            if (error is not null) return error;
            argIndex++;
        }
        return CelString.Of(sb.ToString());
    }

    /// <summary>Parses the clause whose <c>%</c> is at <paramref name="i"/>, formats <paramref name="arg"/> with it and moves past it.</summary>
    private static CelError? FormatClause(string format, ref int i, CelValue arg, StringBuilder sb)
    {
        var j = i + 1;
        var precision = DefaultPrecision;
        if (format[j] == '.')
        {
            var start = ++j;
            while (j < format.Length && char.IsAsciiDigit(format[j])) j++;
            if (j >= format.Length) return ParseError("error while parsing precision: could not find end of precision specifier");
            var digits = format.AsSpan(start, j - start);
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out precision))
                return ParseError($"error while parsing precision: invalid precision \"{digits}\"");
            if (precision > DoubleText.MaxPrecision)
                return ParseError($"error while parsing precision: precision {precision} exceeds maximum allowed precision {DoubleText.MaxPrecision}");
        }

        var verb = format[j];
        CelError? error;
        switch (verb)
        {
            case 's': error = AppendString(sb, arg); break;
            case 'd': error = AppendDecimal(sb, arg); break;
            case 'f': error = AppendFixed(sb, arg, precision); break;
            case 'e': error = AppendScientific(sb, arg, precision); break;
            case 'b': error = AppendBinary(sb, arg); break;
            case 'x' or 'X': error = AppendHex(sb, arg, verb == 'X'); break;
            case 'o': error = AppendOctal(sb, arg); break;
            default:
                var name = char.IsHighSurrogate(verb) && j + 1 < format.Length ? format.Substring(j, 2) : verb.ToString();
                return ParseError($"unrecognized formatting clause \"{name}\"");
        }
        i = j + 1;
        return error;
    }

    private static CelError ParseError(string message) => CelError.Of("could not parse formatting clause: " + message);
}
