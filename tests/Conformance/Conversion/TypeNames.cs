using Policy.Runtime.Types;

namespace Policy.Conformance.Conversion;

/// <summary>Maps the type names of <c>type_value</c> (<c>int</c>, <c>list</c>, <c>google.protobuf.Timestamp</c>…) to <see cref="CelType"/>s.</summary>
public static class TypeNames
{
    private static readonly Dictionary<string, CelType> Known = new(StringComparer.Ordinal)
    {
        ["bool"] = CelType.Bool,
        ["int"] = CelType.Int,
        ["uint"] = CelType.Uint,
        ["double"] = CelType.Double,
        ["string"] = CelType.String,
        ["bytes"] = CelType.Bytes,
        ["null_type"] = CelType.Null,
        ["type"] = CelType.TypeOfDyn,
        ["list"] = CelType.ListOfDyn,
        ["map"] = CelType.MapOfDyn,
        ["dyn"] = CelType.Dyn,
        ["google.protobuf.Timestamp"] = CelType.Timestamp,
        ["google.protobuf.Duration"] = CelType.Duration,
        ["optional_type"] = CelType.Optional(CelType.Dyn),
        ["net.IP"] = CelType.IpAddress,
        ["net.CIDR"] = CelType.Cidr,
    };

    /// <summary>
    /// The type a name denotes: a built-in type, a protobuf message (<see cref="IsProtobufTypeName"/>)
    /// or otherwise an opaque type of that name.
    /// </summary>
    public static CelType ToCelType(string name) =>
        Known.TryGetValue(name, out var type) ? type
        : IsProtobufTypeName(name) ? CelType.Message(name)
        : CelType.Opaque(name);

    /// <summary>
    /// True for names of protobuf messages: <c>google.protobuf.*</c> other than Timestamp and
    /// Duration (which CEL treats as built-in), and the conformance test packages.
    /// </summary>
    public static bool IsProtobufTypeName(string name) =>
        !Known.ContainsKey(name)
        && (name.StartsWith("google.protobuf.", StringComparison.Ordinal)
            || name.StartsWith("cel.expr.conformance.", StringComparison.Ordinal)
            || name.StartsWith("google.api.expr.test.", StringComparison.Ordinal));
}
