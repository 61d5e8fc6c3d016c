using System.Text.RegularExpressions;
using Policy.Conformance.Conversion;
using Policy.Conformance.Model;

namespace Policy.Conformance.Running;

/// <summary>
/// Decides whether a test needs protobuf message support (cel.md §3): its file is one of the
/// protobuf files, its expression names a protobuf type, its container is a protobuf package,
/// or its values, bindings or declarations contain messages, enums or wrapper types.
/// </summary>
public static partial class ProtobufClassifier
{
    /// <summary>The files that exist only to exercise protobuf messages.</summary>
    public static IReadOnlyList<string> ProtobufFiles { get; } = ["proto2", "proto2_ext", "proto3", "dynamic", "enums", "wrappers"];

    private static readonly string[] ProtobufPackages = ["cel.expr.conformance", "google.protobuf", "google.api.expr.test"];

    // Message types of the conformance protos and any google.protobuf name, even when the
    // parse tests spread a qualified name over whitespace ("cel. expr .conformance").
    [GeneratedRegex(@"\b(?:Nested)?TestAllTypes\b|\bTestRequired\w*|\bgoogle\s*\.\s*protobuf\s*\.\s*\w+|\bcel\s*\.\s*expr\s*\.\s*conformance\b|\bgoogle\s*\.\s*api\s*\.\s*expr\s*\.\s*test\b")]
    private static partial Regex ProtobufName();

    /// <summary>Why the test needs protobuf, or null when it does not.</summary>
    public static string? Reason(string fileName, SimpleTest test)
    {
        if (ProtobufFiles.Contains(fileName, StringComparer.Ordinal)) return $"the {fileName} file exercises protobuf messages";
        if (ProtobufName().Match(test.Expr) is { Success: true } m) return $"the expression names protobuf type {Regex.Replace(m.Value, @"\s+", "")}";
        if (IsProtobufPackage(test.Container)) return $"the container {test.Container} is a protobuf package";
        if (ValueReason(test) is { } v) return v;
        return TypeReason(test);
    }

    /// <summary>True for the conformance protobuf packages and <c>google.protobuf</c> (and their sub-packages).</summary>
    public static bool IsProtobufPackage(string container) =>
        ProtobufPackages.Any(p => container == p || container.StartsWith(p + ".", StringComparison.Ordinal));

    private static string? ValueReason(SimpleTest test)
    {
        var values = test.Bindings.Values.Prepend(test.Matcher.Value).OfType<ValueProto>();
        foreach (var value in values.SelectMany(v => v.DescendantsAndSelf()))
        {
            switch (value.Kind)
            {
                case ValueProtoKind.Object: return $"a value is a {value.Text} message";
                case ValueProtoKind.Enum: return $"a value is a {value.Text} enum";
                case ValueProtoKind.Type when TypeNames.IsProtobufTypeName(value.Text): return $"a value is the message type {value.Text}";
            }
        }
        return null;
    }

    private static string? TypeReason(SimpleTest test)
    {
        var types = new List<TypeProto?> { test.Matcher.DeducedType };
        foreach (var decl in test.TypeEnv)
        {
            types.Add(decl.IdentType);
            foreach (var overload in decl.Overloads)
            {
                types.AddRange(overload.Params);
                types.Add(overload.ResultType);
            }
        }
        foreach (var type in types.OfType<TypeProto>().SelectMany(t => t.DescendantsAndSelf()))
        {
            switch (type.Kind)
            {
                case TypeProtoKind.Message: return $"a declared or deduced type is the message {type.Name}";
                case TypeProtoKind.Wrapper: return $"a declared or deduced type is the wrapper of {type.Name}";
                case TypeProtoKind.WellKnown when type.Name == "ANY": return "a declared or deduced type is google.protobuf.Any";
            }
        }
        return null;
    }
}
