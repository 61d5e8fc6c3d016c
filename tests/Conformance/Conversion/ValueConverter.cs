using System.Diagnostics.CodeAnalysis;
using Policy.Conformance.Model;
using Policy.Runtime.Values;

namespace Policy.Conformance.Conversion;

/// <summary>Converts <c>cel.expr.Value</c> (<see cref="ValueProto"/>) to runtime <see cref="CelValue"/>s.</summary>
public static class ValueConverter
{
    /// <summary>
    /// Converts a value. Fails (with a reason) for protobuf messages and enums, and for maps
    /// whose keys CEL rejects (repeated keys, keys that are not bool/int/uint/string).
    /// </summary>
    public static bool TryConvert(ValueProto proto, [NotNullWhen(true)] out CelValue? value, out string problem)
    {
        problem = "";
        value = null;
        switch (proto.Kind)
        {
            case ValueProtoKind.Null: value = CelNull.Instance; return true;
            case ValueProtoKind.Bool: value = CelBool.Of(proto.Bool); return true;
            case ValueProtoKind.Int64: value = CelInt.Of(proto.Int64); return true;
            case ValueProtoKind.Uint64: value = CelUint.Of(proto.Uint64); return true;
            case ValueProtoKind.Double: value = CelDouble.Of(proto.Double); return true;
            case ValueProtoKind.String: value = CelString.Of(proto.Text); return true;
            case ValueProtoKind.Bytes: value = CelBytes.Of(proto.Bytes.AsSpan()); return true;
            case ValueProtoKind.Type: value = CelTypeValue.Of(TypeNames.ToCelType(proto.Text)); return true;
            case ValueProtoKind.List: return TryConvertList(proto, out value, out problem);
            case ValueProtoKind.Map: return TryConvertMap(proto, out value, out problem);
            case ValueProtoKind.Enum:
                problem = $"enum value of {proto.Text} needs protobuf support";
                return false;
            default:
                problem = $"object value of {proto.Text} needs protobuf support";
                return false;
        }
    }

    private static bool TryConvertList(ValueProto proto, [NotNullWhen(true)] out CelValue? value, out string problem)
    {
        value = null;
        var items = new CelValue[proto.Items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (!TryConvert(proto.Items[i], out var item, out problem)) return false;
            items[i] = item;
        }
        problem = "";
        value = CelList.Wrap(items);
        return true;
    }

    private static bool TryConvertMap(ValueProto proto, [NotNullWhen(true)] out CelValue? value, out string problem)
    {
        value = null;
        var keys = new CelValue[proto.Entries.Length];
        var values = new CelValue[proto.Entries.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (!TryConvert(proto.Entries[i].Key, out var k, out problem)) return false;
            if (!TryConvert(proto.Entries[i].Value, out var v, out problem)) return false;
            keys[i] = k;
            values[i] = v;
        }
        var map = CelMap.Create(keys, values);
        if (map is CelError error)
        {
            problem = $"invalid map: {error.Message}";
            return false;
        }
        problem = "";
        value = map;
        return true;
    }
}
