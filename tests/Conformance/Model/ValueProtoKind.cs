namespace Policy.Conformance.Model;

/// <summary>The <c>kind</c> oneof of <c>cel.expr.Value</c>.</summary>
public enum ValueProtoKind
{
    /// <summary><c>null_value</c>.</summary>
    Null,
    /// <summary><c>bool_value</c>.</summary>
    Bool,
    /// <summary><c>int64_value</c>.</summary>
    Int64,
    /// <summary><c>uint64_value</c>.</summary>
    Uint64,
    /// <summary><c>double_value</c>.</summary>
    Double,
    /// <summary><c>string_value</c>.</summary>
    String,
    /// <summary><c>bytes_value</c>.</summary>
    Bytes,
    /// <summary><c>enum_value {type, value}</c> (protobuf).</summary>
    Enum,
    /// <summary><c>object_value</c>, a <c>google.protobuf.Any</c> (protobuf).</summary>
    Object,
    /// <summary><c>map_value {entries}</c>.</summary>
    Map,
    /// <summary><c>list_value {values}</c>.</summary>
    List,
    /// <summary><c>type_value</c>, a type name.</summary>
    Type,
}
