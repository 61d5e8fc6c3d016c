using System.Collections.Immutable;
using System.Text;

namespace Policy.Runtime.Types;

/// <summary>
/// A CEL type as the checker sees it: primitives, parameterised lists and maps, type-of-type,
/// the well-known timestamp and duration, opaque types with parameters (such as
/// <c>optional_type(T)</c> or <c>net.IP</c>), type parameters, <c>dyn</c> and the error type.
/// Instances are immutable and compare structurally.
/// </summary>
public sealed class CelType : IEquatable<CelType>
{
    private CelType(TypeKind kind, string name, ImmutableArray<CelType> parameters)
    {
        Kind = kind;
        Name = name;
        Parameters = parameters;
    }

    /// <summary>The kind of type.</summary>
    public TypeKind Kind { get; }

    /// <summary>The CEL name: <c>int</c>, <c>list</c>, <c>google.protobuf.Timestamp</c>, a type parameter's name…</summary>
    public string Name { get; }

    /// <summary>Type arguments: the element of a list, key and value of a map, the type of a type…</summary>
    public ImmutableArray<CelType> Parameters { get; }

    /// <summary><c>dyn</c>: any value, checked at run time.</summary>
    public static readonly CelType Dyn = new(TypeKind.Dyn, "dyn", []);
    /// <summary><c>null_type</c>.</summary>
    public static readonly CelType Null = new(TypeKind.Null, "null_type", []);
    /// <summary><c>bool</c>.</summary>
    public static readonly CelType Bool = new(TypeKind.Bool, "bool", []);
    /// <summary><c>int</c> (64-bit signed).</summary>
    public static readonly CelType Int = new(TypeKind.Int, "int", []);
    /// <summary><c>uint</c> (64-bit unsigned).</summary>
    public static readonly CelType Uint = new(TypeKind.Uint, "uint", []);
    /// <summary><c>double</c>.</summary>
    public static readonly CelType Double = new(TypeKind.Double, "double", []);
    /// <summary><c>string</c>.</summary>
    public static readonly CelType String = new(TypeKind.String, "string", []);
    /// <summary><c>bytes</c>.</summary>
    public static readonly CelType Bytes = new(TypeKind.Bytes, "bytes", []);
    /// <summary><c>google.protobuf.Timestamp</c>.</summary>
    public static readonly CelType Timestamp = new(TypeKind.Timestamp, "google.protobuf.Timestamp", []);
    /// <summary><c>google.protobuf.Duration</c>.</summary>
    public static readonly CelType Duration = new(TypeKind.Duration, "google.protobuf.Duration", []);
    /// <summary>The type of an expression that failed to check.</summary>
    public static readonly CelType Error = new(TypeKind.Error, "*error*", []);
    /// <summary><c>list(dyn)</c>.</summary>
    public static readonly CelType ListOfDyn = List(Dyn);
    /// <summary><c>map(dyn, dyn)</c>.</summary>
    public static readonly CelType MapOfDyn = Map(Dyn, Dyn);
    /// <summary><c>type</c> with an unknown operand: the type of every type value.</summary>
    public static readonly CelType TypeOfDyn = Type(Dyn);
    /// <summary>The IP address type of the network extension.</summary>
    public static readonly CelType IpAddress = Opaque("net.IP");
    /// <summary>The CIDR range type of the network extension.</summary>
    public static readonly CelType Cidr = Opaque("net.CIDR");

    /// <summary><c>list(elem)</c>.</summary>
    public static CelType List(CelType elem) => new(TypeKind.List, "list", [elem]);

    /// <summary><c>map(key, value)</c>.</summary>
    public static CelType Map(CelType key, CelType value) => new(TypeKind.Map, "map", [key, value]);

    /// <summary><c>type(t)</c>: the type of the type value <paramref name="t"/>.</summary>
    public static CelType Type(CelType t) => new(TypeKind.Type, "type", [t]);

    /// <summary>A type parameter in an overload signature, such as <c>A</c> in <c>list(A)</c>.</summary>
    public static CelType Param(string name) => new(TypeKind.TypeParam, name, []);

    /// <summary>An opaque (abstract) type, such as <c>optional_type(T)</c>.</summary>
    public static CelType Opaque(string name, params CelType[] parameters) => new(TypeKind.Opaque, name, [.. parameters]);

    /// <summary>A protobuf message type, known by name only (message values are not supported).</summary>
    public static CelType Message(string name) => new(TypeKind.Message, name, []);

    /// <summary><c>optional_type(t)</c>.</summary>
    public static CelType Optional(CelType t) => Opaque("optional_type", t);

    /// <summary>True for <c>optional_type(T)</c>.</summary>
    public bool IsOptional => Kind == TypeKind.Opaque && Name == "optional_type";

    /// <summary>True for dyn and type parameters: a type the checker cannot rely on.</summary>
    public bool IsDynOrParam => Kind is TypeKind.Dyn or TypeKind.TypeParam;

    /// <summary>The element type of a list (or dyn).</summary>
    public CelType ElementType => Kind == TypeKind.List ? Parameters[0] : Dyn;

    /// <summary>The key type of a map (or dyn).</summary>
    public CelType KeyType => Kind == TypeKind.Map ? Parameters[0] : Dyn;

    /// <summary>The value type of a map (or dyn).</summary>
    public CelType ValueType => Kind == TypeKind.Map ? Parameters[1] : Dyn;

    /// <summary>Creates a type of the same shape with other parameters.</summary>
    public CelType WithParameters(ImmutableArray<CelType> parameters) => new(Kind, Name, parameters);

    /// <summary>True when this type mentions a type parameter anywhere.</summary>
    public bool HasTypeParams => Kind == TypeKind.TypeParam || Parameters.Any(p => p.HasTypeParams);

    /// <inheritdoc/>
    public bool Equals(CelType? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Kind != Kind || other.Name != Name || other.Parameters.Length != Parameters.Length) return false;
        for (var i = 0; i < Parameters.Length; i++)
            if (!Parameters[i].Equals(other.Parameters[i])) return false;
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CelType);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = HashCode.Combine(Kind, Name);
        foreach (var p in Parameters) hash = HashCode.Combine(hash, p);
        return hash;
    }

    /// <summary>The CEL spelling: <c>list(int)</c>, <c>map(string, dyn)</c>, <c>type(int)</c>.</summary>
    public override string ToString()
    {
        if (Parameters.IsEmpty) return Name;
        var sb = new StringBuilder(Name).Append('(');
        for (var i = 0; i < Parameters.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Parameters[i]);
        }
        return sb.Append(')').ToString();
    }
}
