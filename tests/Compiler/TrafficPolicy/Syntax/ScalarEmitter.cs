using System.Globalization;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>The ways a string can be written as a scalar.</summary>
public enum EmitStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
    Json,
}

/// <summary>
/// Writes a string as a YAML or JSON scalar in one style, choosing at random among the equivalent
/// spellings (escapes, folded line breaks, escaped line breaks, indentation indicators) and
/// recording where each value character is written. Returns false when the style cannot express
/// the string (a plain scalar cannot start with '#', a single-quoted one cannot hold a control
/// character...).
/// </summary>
internal static partial class ScalarEmitter
{
    /// <summary>
    /// Writes <paramref name="value"/> at the writer's position. <paramref name="parentIndent"/> is
    /// the indentation of the enclosing block collection (-1 at the top level); continuation and
    /// block-content lines are indented more than it.
    /// </summary>
    public static bool Emit(SourceWriter w, EmitStyle style, string value, Random rng, int parentIndent) => style switch
    {
        EmitStyle.Plain => Plain(w, value, rng, parentIndent),
        EmitStyle.SingleQuoted => SingleQuoted(w, value, rng, parentIndent),
        EmitStyle.DoubleQuoted => DoubleQuoted(w, value, rng, parentIndent),
        EmitStyle.Literal => Block(w, value, rng, parentIndent, folded: false),
        EmitStyle.Folded => Block(w, value, rng, parentIndent, folded: true),
        _ => Json(w, value, rng),
    };

    /// <summary>Characters YAML requires to be escaped (or that YamlDotNet reads as line breaks).</summary>
    public static bool NeedsEscape(char c) =>
        c < 0x20 || c is '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
        || (c >= 0x80 && c < 0xA0);

    private static bool IsWhite(char c) => c is ' ' or '\t';

    /// <summary>A character a folded line may start or end with: not blank, not a line break, written as itself.</summary>
    private static bool IsSolid(char c) => !IsWhite(c) && c != '\n' && !NeedsEscape(c);

    private static string Indent(int parentIndent, Random rng) => new(' ', Math.Max(parentIndent + 1, 0) + 1 + rng.Next(3));

    private static string Hex(int value, int digits) => value.ToString("X" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The length of the run of '\n' starting at <paramref name="i"/>.</summary>
    private static int NewlineRun(string value, int i)
    {
        var k = 0;
        while (i + k < value.Length && value[i + k] == '\n') k++;
        return k;
    }

    /// <summary>
    /// Writes a run of <paramref name="count"/> value line feeds as <paramref name="count"/> + 1 line
    /// breaks (flow folding drops the first); each line feed comes from one of the later breaks.
    /// </summary>
    private static void FoldNewlines(SourceWriter w, int count, string indent, Random rng)
    {
        w.Raw("\n");
        for (var k = 0; k < count; k++)
        {
            if (rng.Next(3) == 0) w.Raw(new string(' ', rng.Next(4)));
            w.ValueFrom(w.Offset);
            w.Raw("\n");
        }
        w.Raw(indent);
    }

    /// <summary>Writes a single space of the value as a line break between two words.</summary>
    private static void FoldSpace(SourceWriter w, string indent)
    {
        w.ValueFrom(w.Offset);
        w.Raw("\n" + indent);
    }
}
