namespace Policy.Runtime.Types;

/// <summary>The kinds of <see cref="CelType"/>.</summary>
public enum TypeKind : byte
{
    /// <summary>Any value; checked at run time.</summary>
    Dyn,
    /// <summary><c>null_type</c>.</summary>
    Null,
    /// <summary><c>bool</c>.</summary>
    Bool,
    /// <summary><c>int</c>.</summary>
    Int,
    /// <summary><c>uint</c>.</summary>
    Uint,
    /// <summary><c>double</c>.</summary>
    Double,
    /// <summary><c>string</c>.</summary>
    String,
    /// <summary><c>bytes</c>.</summary>
    Bytes,
    /// <summary><c>list(T)</c>.</summary>
    List,
    /// <summary><c>map(K, V)</c>.</summary>
    Map,
    /// <summary><c>type(T)</c>.</summary>
    Type,
    /// <summary><c>google.protobuf.Timestamp</c>.</summary>
    Timestamp,
    /// <summary><c>google.protobuf.Duration</c>.</summary>
    Duration,
    /// <summary>A type that failed to check.</summary>
    Error,
    /// <summary>A type parameter of an overload.</summary>
    TypeParam,
    /// <summary>An abstract type known by name, such as <c>optional_type</c> or <c>net.IP</c>.</summary>
    Opaque,
    /// <summary>A protobuf message type (named only; not supported as a value).</summary>
    Message,
}
