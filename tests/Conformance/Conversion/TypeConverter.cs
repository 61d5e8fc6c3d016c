using System.Diagnostics.CodeAnalysis;
using Policy.Conformance.Model;
using Policy.Runtime.Types;

namespace Policy.Conformance.Conversion;

/// <summary>Converts <c>cel.expr.Type</c> (<see cref="TypeProto"/>) to <see cref="CelType"/>.</summary>
public static class TypeConverter
{
    /// <summary>
    /// Converts a type. Fails (with a reason) for the kinds that have no <see cref="CelType"/>:
    /// protobuf wrapper types, function types and an empty <c>Type</c>. Message types and
    /// <c>google.protobuf.Any</c> convert to <see cref="CelType.Message"/>.
    /// </summary>
    public static bool TryConvert(TypeProto proto, [NotNullWhen(true)] out CelType? type, out string problem)
    {
        problem = "";
        type = null;
        switch (proto.Kind)
        {
            case TypeProtoKind.Dyn: type = CelType.Dyn; return true;
            case TypeProtoKind.Null: type = CelType.Null; return true;
            case TypeProtoKind.Error: type = CelType.Error; return true;
            case TypeProtoKind.Message: type = CelType.Message(proto.Name); return true;
            case TypeProtoKind.TypeParam: type = CelType.Param(proto.Name); return true;
            case TypeProtoKind.Primitive:
                type = Primitive(proto.Name);
                break;
            case TypeProtoKind.WellKnown:
                type = proto.Name switch
                {
                    "TIMESTAMP" => CelType.Timestamp,
                    "DURATION" => CelType.Duration,
                    "ANY" => CelType.Message("google.protobuf.Any"),
                    _ => null,
                };
                break;
            case TypeProtoKind.Wrapper:
                problem = $"wrapper type {proto.Name} needs protobuf support";
                return false;
            case TypeProtoKind.Function:
                problem = "function types have no CelType";
                return false;
            case TypeProtoKind.Unset:
                problem = "a Type message sets no kind";
                return false;
            default:
                return TryConvertComposite(proto, out type, out problem);
        }
        if (type is not null) return true;
        problem = $"unknown {proto.Kind} type {proto.Name}";
        return false;
    }

    private static CelType? Primitive(string name) => name switch
    {
        "BOOL" => CelType.Bool,
        "INT64" => CelType.Int,
        "UINT64" => CelType.Uint,
        "DOUBLE" => CelType.Double,
        "STRING" => CelType.String,
        "BYTES" => CelType.Bytes,
        _ => null,
    };

    private static bool TryConvertComposite(TypeProto proto, [NotNullWhen(true)] out CelType? type, out string problem)
    {
        type = null;
        var parameters = new CelType[proto.Parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (!TryConvert(proto.Parameters[i], out var p, out problem)) return false;
            parameters[i] = p;
        }
        problem = "";
        type = proto.Kind switch
        {
            TypeProtoKind.List => CelType.List(parameters[0]),
            TypeProtoKind.Map => CelType.Map(parameters[0], parameters[1]),
            TypeProtoKind.Type => parameters.Length == 0 ? CelType.TypeOfDyn : CelType.Type(parameters[0]),
            _ => CelType.Opaque(proto.Name, parameters),
        };
        return true;
    }
}
