using System.Collections.Immutable;
using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Model;

/// <summary>
/// A <c>cel.expr.Value</c> as written in a test file: the expected result or a binding.
/// Only the members that belong to <see cref="Kind"/> are meaningful.
/// </summary>
public sealed class ValueProto
{
    private ValueProto(ValueProtoKind kind) => Kind = kind;

    /// <summary>Which member of the <c>kind</c> oneof is set.</summary>
    public ValueProtoKind Kind { get; }

    /// <summary>The payload of <see cref="ValueProtoKind.Bool"/>.</summary>
    public bool Bool { get; private init; }

    /// <summary>The payload of <see cref="ValueProtoKind.Int64"/>, or the number of an <see cref="ValueProtoKind.Enum"/>.</summary>
    public long Int64 { get; private init; }

    /// <summary>The payload of <see cref="ValueProtoKind.Uint64"/>.</summary>
    public ulong Uint64 { get; private init; }

    /// <summary>The payload of <see cref="ValueProtoKind.Double"/>.</summary>
    public double Double { get; private init; }

    /// <summary>
    /// The payload of <see cref="ValueProtoKind.String"/>; the type name of <see cref="ValueProtoKind.Type"/>
    /// and <see cref="ValueProtoKind.Enum"/>; the message type of <see cref="ValueProtoKind.Object"/>.
    /// </summary>
    public string Text { get; private init; } = "";

    /// <summary>The payload of <see cref="ValueProtoKind.Bytes"/>.</summary>
    public ImmutableArray<byte> Bytes { get; private init; } = [];

    /// <summary>The elements of <see cref="ValueProtoKind.List"/>.</summary>
    public ImmutableArray<ValueProto> Items { get; private init; } = [];

    /// <summary>The entries of <see cref="ValueProtoKind.Map"/>, in file order.</summary>
    public ImmutableArray<MapEntryProto> Entries { get; private init; } = [];

    /// <summary>The fields of an expanded <see cref="ValueProtoKind.Object"/>, kept uninterpreted.</summary>
    public TextMessage? ObjectBody { get; private init; }

    /// <summary><c>null_value: NULL_VALUE</c>.</summary>
    public static ValueProto Null { get; } = new(ValueProtoKind.Null);

    /// <summary>A <c>bool_value</c>.</summary>
    public static ValueProto OfBool(bool value) => new(ValueProtoKind.Bool) { Bool = value };

    /// <summary>An <c>int64_value</c>.</summary>
    public static ValueProto OfInt64(long value) => new(ValueProtoKind.Int64) { Int64 = value };

    /// <summary>A <c>uint64_value</c>.</summary>
    public static ValueProto OfUint64(ulong value) => new(ValueProtoKind.Uint64) { Uint64 = value };

    /// <summary>A <c>double_value</c>.</summary>
    public static ValueProto OfDouble(double value) => new(ValueProtoKind.Double) { Double = value };

    /// <summary>A <c>string_value</c>.</summary>
    public static ValueProto OfString(string value) => new(ValueProtoKind.String) { Text = value };

    /// <summary>A <c>bytes_value</c>.</summary>
    public static ValueProto OfBytes(ImmutableArray<byte> value) => new(ValueProtoKind.Bytes) { Bytes = value };

    /// <summary>A <c>type_value</c> naming a type.</summary>
    public static ValueProto OfType(string name) => new(ValueProtoKind.Type) { Text = name };

    /// <summary>An <c>enum_value</c>.</summary>
    public static ValueProto OfEnum(string type, long number) => new(ValueProtoKind.Enum) { Text = type, Int64 = number };

    /// <summary>An <c>object_value</c> holding a message of type <paramref name="typeName"/>.</summary>
    public static ValueProto OfObject(string typeName, TextMessage? body) => new(ValueProtoKind.Object) { Text = typeName, ObjectBody = body };

    /// <summary>A <c>list_value</c>.</summary>
    public static ValueProto OfList(ImmutableArray<ValueProto> items) => new(ValueProtoKind.List) { Items = items };

    /// <summary>A <c>map_value</c>.</summary>
    public static ValueProto OfMap(ImmutableArray<MapEntryProto> entries) => new(ValueProtoKind.Map) { Entries = entries };

    /// <summary>Every value nested in this one (list items, map keys and values), this one first.</summary>
    public IEnumerable<ValueProto> DescendantsAndSelf()
    {
        yield return this;
        foreach (var item in Items)
            foreach (var v in item.DescendantsAndSelf()) yield return v;
        foreach (var entry in Entries)
        {
            foreach (var v in entry.Key.DescendantsAndSelf()) yield return v;
            foreach (var v in entry.Value.DescendantsAndSelf()) yield return v;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ValueProtoKind.Null => "null",
        ValueProtoKind.Bool => Bool ? "true" : "false",
        ValueProtoKind.Int64 => Int64.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ValueProtoKind.Uint64 => Uint64.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u",
        ValueProtoKind.Double => Double.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        ValueProtoKind.String => $"\"{Text}\"",
        ValueProtoKind.Bytes => $"b[{Bytes.Length}]",
        ValueProtoKind.Enum => $"{Text}({Int64})",
        ValueProtoKind.Object => $"{Text}{{...}}",
        ValueProtoKind.List => $"[{string.Join(", ", Items)}]",
        ValueProtoKind.Map => $"{{{string.Join(", ", Entries.Select(e => $"{e.Key}: {e.Value}"))}}}",
        _ => Text,
    };
}
