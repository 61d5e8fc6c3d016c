namespace Policy.Conformance.Model;

/// <summary>The <c>type_kind</c> oneof of <c>cel.expr.Type</c>.</summary>
public enum TypeProtoKind
{
    /// <summary>An empty <c>Type {}</c> message.</summary>
    Unset,
    /// <summary><c>dyn {}</c>.</summary>
    Dyn,
    /// <summary><c>null: NULL_VALUE</c>.</summary>
    Null,
    /// <summary><c>primitive: BOOL | INT64 | UINT64 | DOUBLE | STRING | BYTES</c>.</summary>
    Primitive,
    /// <summary><c>wrapper: INT64 ...</c>, a protobuf wrapper type.</summary>
    Wrapper,
    /// <summary><c>well_known: ANY | TIMESTAMP | DURATION</c>.</summary>
    WellKnown,
    /// <summary><c>list_type {elem_type}</c>.</summary>
    List,
    /// <summary><c>map_type {key_type, value_type}</c>.</summary>
    Map,
    /// <summary><c>function {result_type, arg_types}</c>.</summary>
    Function,
    /// <summary><c>message_type: "pkg.Msg"</c>.</summary>
    Message,
    /// <summary><c>type_param: "T"</c>.</summary>
    TypeParam,
    /// <summary><c>type { ... }</c>, the type of a type.</summary>
    Type,
    /// <summary><c>error {}</c>.</summary>
    Error,
    /// <summary><c>abstract_type {name, parameter_types}</c>, such as <c>optional_type</c>.</summary>
    Abstract,
}
