using System.Collections.Immutable;

namespace Policy.Conformance.Model;

/// <summary>
/// A <c>cel.expr.Type</c> as written in a test file.
/// </summary>
/// <param name="Kind">Which member of the oneof is set.</param>
/// <param name="Name">
/// The enum constant of <see cref="TypeProtoKind.Primitive"/>, <see cref="TypeProtoKind.Wrapper"/> and
/// <see cref="TypeProtoKind.WellKnown"/> (<c>INT64</c>, <c>TIMESTAMP</c>); the name of a message type,
/// type parameter or abstract type; empty otherwise.
/// </param>
/// <param name="Parameters">
/// List: the element; map: key and value; type: its operand (if any); function: result then
/// arguments; abstract: its parameters.
/// </param>
public sealed record TypeProto(TypeProtoKind Kind, string Name, ImmutableArray<TypeProto> Parameters)
{
    /// <summary>Creates a type without parameters.</summary>
    public static TypeProto Of(TypeProtoKind kind, string name = "") => new(kind, name, []);

    /// <summary>This type and every type nested in it.</summary>
    public IEnumerable<TypeProto> DescendantsAndSelf() => Parameters.SelectMany(p => p.DescendantsAndSelf()).Prepend(this);

    /// <summary>Structural equality (the parameters are compared element by element).</summary>
    public bool Equals(TypeProto? other) =>
        other is not null && other.Kind == Kind && other.Name == Name && other.Parameters.SequenceEqual(Parameters);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Name, Parameters.Length);

    /// <inheritdoc/>
    public override string ToString()
    {
        var head = Kind switch
        {
            TypeProtoKind.Primitive or TypeProtoKind.WellKnown => Name,
            TypeProtoKind.Wrapper => $"wrapper({Name})",
            TypeProtoKind.Message or TypeProtoKind.TypeParam or TypeProtoKind.Abstract => Name,
            _ => Kind.ToString().ToLowerInvariant(),
        };
        return Parameters.IsEmpty ? head : $"{head}({string.Join(", ", Parameters)})";
    }
}
