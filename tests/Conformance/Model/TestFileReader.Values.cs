using System.Collections.Immutable;
using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Model;

// cel.expr.Value, ExprValue (bindings) and google.protobuf.Any.
public static partial class TestFileReader
{
    private static (string Key, ValueProto? Value, string? Problem) ReadBinding(TextMessage message)
    {
        var key = "";
        ValueProto? value = null;
        string? problem = null;
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "bindings entry"))
            {
                case "key": key = field.Scalar.AsString(); break;
                case "value":
                    foreach (var inner in field.Message.Fields)
                    {
                        switch (Plain(inner, "ExprValue"))
                        {
                            case "value": value = ReadValue(inner.Message); break;
                            case "error" or "unknown": problem = $"binding is an ExprValue '{inner.Name}', which is not supported"; break;
                            default: throw Unknown(inner, "ExprValue");
                        }
                    }
                    break;
                default: throw Unknown(field, "bindings entry");
            }
        }
        if (value is null && problem is null) problem = $"binding '{key}' has no value";
        return (key, value, problem is null ? null : $"{problem} (binding '{key}')");
    }

    /// <summary>Reads a <c>cel.expr.Value</c> message.</summary>
    /// <exception cref="TextFormatException">The message is malformed or sets no kind, or more than one.</exception>
    public static ValueProto ReadValue(TextMessage message)
    {
        ValueProto? result = null;
        TextField? kindField = null;
        foreach (var field in message.Fields)
        {
            var value = Plain(field, "Value") switch
            {
                "null_value" => ReadNullValue(field.Scalar),
                "bool_value" => ValueProto.OfBool(field.Scalar.AsBool()),
                "int64_value" => ValueProto.OfInt64(field.Scalar.AsInt64()),
                "uint64_value" => ValueProto.OfUint64(field.Scalar.AsUInt64()),
                "double_value" => ValueProto.OfDouble(field.Scalar.AsDouble()),
                "string_value" => ValueProto.OfString(field.Scalar.AsString()),
                "bytes_value" => ValueProto.OfBytes([.. field.Scalar.AsBytes()]),
                "enum_value" => ReadEnumValue(field.Message),
                "object_value" => ReadAny(field.Message),
                "map_value" => ReadMapValue(field.Message),
                "list_value" => ReadListValue(field.Message),
                "type_value" => ValueProto.OfType(field.Scalar.AsString()),
                _ => throw Unknown(field, "Value"),
            };
            if (kindField is not null && kindField.Name != field.Name)
                throw field.Error($"Value sets both '{kindField.Name}' and '{field.Name}'");
            kindField = field;
            result = value;
        }
        return result ?? throw message.Error("Value sets no kind");
    }

    private static ValueProto ReadNullValue(TextScalar scalar) =>
        scalar.AsEnum() is "NULL_VALUE" or "0" ? ValueProto.Null : throw scalar.Error($"unknown NullValue '{scalar.Text}'");

    private static ValueProto ReadEnumValue(TextMessage message)
    {
        var type = "";
        long number = 0;
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "EnumValue"))
            {
                case "type": type = field.Scalar.AsString(); break;
                case "value": number = field.Scalar.AsInt64(); break;
                default: throw Unknown(field, "EnumValue");
            }
        }
        return ValueProto.OfEnum(type, number);
    }

    // An Any is either {type_url, value} or the expanded form {[type.googleapis.com/pkg.Msg] { fields }};
    // the message body is kept uninterpreted because this runner has no protobuf messages.
    private static ValueProto ReadAny(TextMessage message)
    {
        var url = "";
        TextMessage? body = null;
        foreach (var field in message.Fields)
        {
            if (field.IsBracketed)
            {
                url = field.Name;
                body = field.Message;
                continue;
            }
            switch (field.Name)
            {
                case "type_url": url = field.Scalar.AsString(); break;
                case "value": field.Scalar.AsBytes(); break;
                default: throw Unknown(field, "google.protobuf.Any");
            }
        }
        if (url.Length == 0) throw message.Error("Any has no type URL");
        return ValueProto.OfObject(url[(url.LastIndexOf('/') + 1)..], body);
    }

    private static ValueProto ReadMapValue(TextMessage message)
    {
        var entries = ImmutableArray.CreateBuilder<MapEntryProto>();
        foreach (var field in message.Fields)
        {
            if (Plain(field, "MapValue") != "entries") throw Unknown(field, "MapValue");
            ValueProto? key = null, value = null;
            foreach (var part in field.Message.Fields)
            {
                switch (Plain(part, "MapValue.Entry"))
                {
                    case "key": key = ReadValue(part.Message); break;
                    case "value": value = ReadValue(part.Message); break;
                    default: throw Unknown(part, "MapValue.Entry");
                }
            }
            if (key is null || value is null) throw field.Error("map entry needs both 'key' and 'value'");
            entries.Add(new MapEntryProto(key, value));
        }
        return ValueProto.OfMap(entries.ToImmutable());
    }

    private static ValueProto ReadListValue(TextMessage message)
    {
        var items = ImmutableArray.CreateBuilder<ValueProto>();
        foreach (var field in message.Fields)
        {
            if (Plain(field, "ListValue") != "values") throw Unknown(field, "ListValue");
            items.Add(ReadValue(field.Message));
        }
        return ValueProto.OfList(items.ToImmutable());
    }
}
