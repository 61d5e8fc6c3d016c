namespace Policy.Runtime.Values;

/// <summary>The run-time kind of a <see cref="CelValue"/>.</summary>
public enum CelKind : byte
{
    /// <summary><c>null</c>.</summary>
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
    /// <summary><c>list</c>.</summary>
    List,
    /// <summary><c>map</c>.</summary>
    Map,
    /// <summary>A type value such as <c>int</c>.</summary>
    Type,
    /// <summary><c>google.protobuf.Timestamp</c>.</summary>
    Timestamp,
    /// <summary><c>google.protobuf.Duration</c>.</summary>
    Duration,
    /// <summary><c>optional_type</c>.</summary>
    Optional,
    /// <summary>An opaque extension value (IP address, CIDR range).</summary>
    Opaque,
    /// <summary>An evaluation error.</summary>
    Error,
}
