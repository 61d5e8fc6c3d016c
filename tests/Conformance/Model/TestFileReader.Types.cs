using System.Collections.Immutable;
using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Model;

// cel.expr.Type and cel.expr.Decl.
public static partial class TestFileReader
{
    private static readonly string[] PrimitiveNames = ["PRIMITIVE_TYPE_UNSPECIFIED", "BOOL", "INT64", "UINT64", "DOUBLE", "STRING", "BYTES"];
    private static readonly string[] WellKnownNames = ["WELL_KNOWN_TYPE_UNSPECIFIED", "ANY", "TIMESTAMP", "DURATION"];

    /// <summary>Reads a <c>cel.expr.Type</c> message.</summary>
    /// <exception cref="TextFormatException">The message is malformed or sets more than one kind.</exception>
    public static TypeProto ReadType(TextMessage message)
    {
        var result = TypeProto.Of(TypeProtoKind.Unset);
        TextField? kindField = null;
        foreach (var field in message.Fields)
        {
            var type = Plain(field, "Type") switch
            {
                "dyn" => Empty(field, TypeProtoKind.Dyn),
                "null" => ReadNullType(field.Scalar),
                "primitive" => TypeProto.Of(TypeProtoKind.Primitive, EnumName(field.Scalar, PrimitiveNames)),
                "wrapper" => TypeProto.Of(TypeProtoKind.Wrapper, EnumName(field.Scalar, PrimitiveNames)),
                "well_known" => TypeProto.Of(TypeProtoKind.WellKnown, EnumName(field.Scalar, WellKnownNames)),
                "list_type" => Composite(field.Message, TypeProtoKind.List, "ListType", ["elem_type"]),
                "map_type" => Composite(field.Message, TypeProtoKind.Map, "MapType", ["key_type", "value_type"]),
                "function" => ReadFunctionType(field.Message),
                "message_type" => TypeProto.Of(TypeProtoKind.Message, field.Scalar.AsString()),
                "type_param" => TypeProto.Of(TypeProtoKind.TypeParam, field.Scalar.AsString()),
                "type" => ReadType(field.Message) is { Kind: not TypeProtoKind.Unset } inner
                    ? new TypeProto(TypeProtoKind.Type, "", [inner])
                    : TypeProto.Of(TypeProtoKind.Type),
                "error" => Empty(field, TypeProtoKind.Error),
                "abstract_type" => ReadAbstractType(field.Message),
                _ => throw Unknown(field, "Type"),
            };
            if (kindField is not null && kindField.Name != field.Name)
                throw field.Error($"Type sets both '{kindField.Name}' and '{field.Name}'");
            kindField = field;
            result = type;
        }
        return result;
    }

    private static TypeProto Empty(TextField field, TypeProtoKind kind) =>
        field.Message.Fields.Count == 0 ? TypeProto.Of(kind) : throw field.Error($"'{field.Name}' takes an empty message");

    private static TypeProto ReadNullType(TextScalar scalar) =>
        scalar.AsEnum() is "NULL_VALUE" or "0" ? TypeProto.Of(TypeProtoKind.Null) : throw scalar.Error($"unknown NullValue '{scalar.Text}'");

    private static string EnumName(TextScalar scalar, string[] names)
    {
        var name = scalar.AsEnum();
        if (int.TryParse(name, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0 && n < names.Length) return names[n];
        return Array.IndexOf(names, name) > 0 ? name : throw scalar.Error($"unknown enum constant '{scalar.Text}'");
    }

    // A message whose fields are all singular Types, stored as parameters in the order given.
    private static TypeProto Composite(TextMessage message, TypeProtoKind kind, string what, string[] slots)
    {
        var parameters = new TypeProto[slots.Length];
        foreach (var field in message.Fields)
        {
            var slot = Array.IndexOf(slots, Plain(field, what));
            if (slot < 0) throw Unknown(field, what);
            parameters[slot] = ReadType(field.Message);
        }
        for (var i = 0; i < slots.Length; i++)
            if (parameters[i] is null) throw message.Error($"{what} has no '{slots[i]}'");
        return new TypeProto(kind, "", [.. parameters]);
    }

    private static TypeProto ReadFunctionType(TextMessage message)
    {
        var result = TypeProto.Of(TypeProtoKind.Unset);
        var args = new List<TypeProto>();
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "FunctionType"))
            {
                case "result_type": result = ReadType(field.Message); break;
                case "arg_types": args.Add(ReadType(field.Message)); break;
                default: throw Unknown(field, "FunctionType");
            }
        }
        return new TypeProto(TypeProtoKind.Function, "", [result, .. args]);
    }

    private static TypeProto ReadAbstractType(TextMessage message)
    {
        var name = "";
        var parameters = ImmutableArray.CreateBuilder<TypeProto>();
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "AbstractType"))
            {
                case "name": name = field.Scalar.AsString(); break;
                case "parameter_types": parameters.Add(ReadType(field.Message)); break;
                default: throw Unknown(field, "AbstractType");
            }
        }
        return new TypeProto(TypeProtoKind.Abstract, name, parameters.ToImmutable());
    }

    private static Decl ReadDecl(TextMessage message)
    {
        var decl = new Decl("", false, null, []);
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "Decl"))
            {
                case "name": decl = decl with { Name = field.Scalar.AsString() }; break;
                case "ident": decl = decl with { IsFunction = false, IdentType = ReadIdentType(field.Message), Overloads = [] }; break;
                case "function": decl = decl with { IsFunction = true, IdentType = null, Overloads = ReadOverloads(field.Message) }; break;
                default: throw Unknown(field, "Decl");
            }
        }
        return decl;
    }

    private static TypeProto? ReadIdentType(TextMessage message)
    {
        TypeProto? type = null;
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "IdentDecl"))
            {
                case "type": type = ReadType(field.Message); break;
                case "value" or "doc": break;
                default: throw Unknown(field, "IdentDecl");
            }
        }
        return type;
    }

    private static ImmutableArray<OverloadDecl> ReadOverloads(TextMessage message)
    {
        var overloads = ImmutableArray.CreateBuilder<OverloadDecl>();
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "FunctionDecl"))
            {
                case "overloads": overloads.Add(ReadOverload(field.Message)); break;
                case "doc": break;
                default: throw Unknown(field, "FunctionDecl");
            }
        }
        return overloads.ToImmutable();
    }

    private static OverloadDecl ReadOverload(TextMessage message)
    {
        var overload = new OverloadDecl("", [], [], null, false);
        foreach (var field in message.Fields)
        {
            overload = Plain(field, "Overload") switch
            {
                "overload_id" => overload with { Id = field.Scalar.AsString() },
                "params" => overload with { Params = overload.Params.Add(ReadType(field.Message)) },
                "type_params" => overload with { TypeParams = overload.TypeParams.Add(field.Scalar.AsString()) },
                "result_type" => overload with { ResultType = ReadType(field.Message) },
                "is_instance_function" => overload with { IsInstance = field.Scalar.AsBool() },
                "doc" => overload,
                _ => throw Unknown(field, "Overload"),
            };
        }
        return overload;
    }
}
