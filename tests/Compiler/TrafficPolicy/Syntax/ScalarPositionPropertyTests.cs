using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>
/// The central promise of the reader: for every scalar, in every style, the decoded value is the
/// original text and every offset of it maps to the source character it was written as. Hundreds
/// of random strings are written in each style (with random escapes, folds, indentation
/// indicators and line endings), read back and checked character by character.
/// </summary>
public class ScalarPositionPropertyTests
{
    private const int CasesPerStyle = 600;

    /// <summary>Where in a document the scalar is written, and how to find it again.</summary>
    private sealed record Context(string Prefix, string Suffix, int ParentIndent, bool Block, Func<PolicyNode, PolicyNode> Find);

    private static readonly Context[] YamlContexts =
    [
        new("key: ", "\n", 0, true, root => Get(root, "key")),
        new("root:\n  list:\n    - name: x\n      expr: ", "\n", 6, true, root => Get(Item(Get(Get(root, "root"), "list"), 0), "expr")),
        new("- first\n- ", "\n", 0, true, root => Item(root, 1)),
        new("", "\n", -1, true, root => root),
        new("k: [a, ", "]\n", 0, false, root => Item(Get(root, "k"), 1)),
        new("k: {x: 1, y: ", "}\n", 0, false, root => Get(Get(root, "k"), "y")),
    ];

    private static readonly Context[] JsonContexts =
    [
        new("{\"key\": ", "}", 0, false, root => Get(root, "key")),
        new("[1, {\n  \"a\": [\n    true,\n    ", "\n  ]\n}]\n", 0, false, root => Item(Get(Item(root, 1), "a"), 1)),
    ];

    [Theory]
    [InlineData(EmitStyle.Plain)]
    [InlineData(EmitStyle.SingleQuoted)]
    [InlineData(EmitStyle.DoubleQuoted)]
    [InlineData(EmitStyle.Literal)]
    [InlineData(EmitStyle.Folded)]
    [InlineData(EmitStyle.Json)]
    public void Every_decoded_character_maps_to_its_source_character(EmitStyle style)
    {
        var checkedCases = 0;
        var failures = new List<string>();
        for (var seed = 0; seed < CasesPerStyle; seed++)
        {
            var rng = new Random(seed * 7919 + (int)style);
            // Plain scalars cannot hold most strings, so they get mostly word-like ones.
            var value = (style == EmitStyle.Plain ? Math.Min(seed % 4, 1) : seed % 3) switch
            {
                0 => ScalarStrings.General(rng),
                1 => ScalarStrings.Words(rng),
                _ => ScalarStrings.Lines(rng),
            };
            var contexts = style == EmitStyle.Json ? JsonContexts
                : YamlContexts.Where(c => c.Block || style is EmitStyle.SingleQuoted or EmitStyle.DoubleQuoted).ToArray();
            var context = contexts[seed % contexts.Length];

            var writer = new SourceWriter();
            writer.Raw(context.Prefix);
            if (!ScalarEmitter.Emit(writer, style, value, rng, context.ParentIndent)) continue;
            // A block scalar ends with its own line break; another one would be an empty line it keeps ('+').
            writer.Raw(writer.Last == '\n' ? context.Suffix.TrimStart('\n') : context.Suffix);
            var crlf = style != EmitStyle.Json && seed % 5 == 4;
            var failure = Check(writer, value, context, crlf);
            if (failure is not null) failures.Add($"seed {seed}: {failure}");
            checkedCases++;
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCases} cases failed:\n" + string.Join("\n\n", failures.Take(5)));
        Assert.True(checkedCases >= 250, $"only {checkedCases} strings could be written as {style}");
    }

    private static string? Check(SourceWriter writer, string value, Context context, bool crlf)
    {
        var document = writer.ToString();
        var origins = writer.Origins.ToList();
        var end = writer.End;
        if (crlf)
        {
            // Every LF becomes CR LF; an offset moves by the number of LFs before it, and a break's offset stays its first character.
            int Shift(int offset) => offset + document.Take(offset).Count(c => c == '\n');
            origins = origins.Select(Shift).ToList();
            end = Shift(end);
            document = document.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var (root, diagnostics) = PolicyDocumentReader.Read(document, "corpus.yaml");
        var show = $"value {Show(value)} in document {Show(document)}";
        if (diagnostics.Length > 0 || root is null) return $"{string.Join("; ", diagnostics)} for {show}";
        if (context.Find(root) is not PolicyScalar scalar) return $"no scalar found for {show}";
        if (scalar.Value != value) return $"decoded {Show(scalar.Value)} for {show}";
        if (scalar.Positions.Length != value.Length) return $"the map covers {scalar.Positions.Length} offsets for {show}";

        var source = new SourceText(document);
        for (var i = 0; i <= value.Length; i++)
        {
            var expected = source.GetLineColumn(i < value.Length ? origins[i] : end);
            var actual = scalar.Positions.Map(i);
            if (actual != expected)
                return $"offset {i} ({(i < value.Length ? Show(value[i].ToString()) : "end")}) maps to {actual}, expected {expected}, for {show}";
        }
        return null;
    }

    private static PolicyNode Get(PolicyNode node, string key) =>
        (node as PolicyMap)?.Find(key)?.Value ?? throw new InvalidOperationException($"no key {key} in {node.Describe()}");

    private static PolicyNode Item(PolicyNode node, int index) =>
        node is PolicyList list && index < list.Items.Count ? list.Items[index] : throw new InvalidOperationException($"no item {index}");

    private static string Show(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}
