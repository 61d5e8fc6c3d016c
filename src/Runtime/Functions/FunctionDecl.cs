using System.Collections.Immutable;

namespace Policy.Runtime.Functions;

/// <summary>
/// A function: its name, its overloads and a description. The one declaration that the checker,
/// both backends and <c>policy-lint</c>'s documentation read.
/// </summary>
public sealed class FunctionDecl
{
    /// <summary>Declares a function.</summary>
    public FunctionDecl(string name, string doc, IEnumerable<Overload> overloads)
    {
        Name = name;
        Doc = doc;
        Overloads = [.. overloads];
    }

    /// <summary>Declares a function.</summary>
    public FunctionDecl(string name, string doc, params Overload[] overloads)
        : this(name, doc, (IEnumerable<Overload>)overloads) { }

    /// <summary>The name as written in expressions: <c>size</c>, <c>_+_</c>, <c>math.greatest</c>.</summary>
    public string Name { get; }

    /// <summary>What the function does.</summary>
    public string Doc { get; }

    /// <summary>The overloads.</summary>
    public ImmutableArray<Overload> Overloads { get; }

    /// <summary>A declaration with the overloads of both (same name).</summary>
    public FunctionDecl Merge(FunctionDecl other) =>
        new(Name, Doc.Length > 0 ? Doc : other.Doc, Overloads.AddRange(other.Overloads));
}
