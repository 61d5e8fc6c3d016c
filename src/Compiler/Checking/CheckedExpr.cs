using Policy.Compiler.Syntax;
using Policy.Runtime.Types;

namespace Policy.Compiler.Checking;

/// <summary>
/// A type-checked expression: the tree (with qualified names and namespaced functions
/// resolved), the type of every node, and what each name and call refers to.
/// </summary>
public sealed class CheckedExpr(ParsedExpr parsed, Expr root, IReadOnlyDictionary<int, CelType> types, IReadOnlyDictionary<int, Reference> references)
{
    /// <summary>The parse this came from.</summary>
    public ParsedExpr Parsed { get; } = parsed;

    /// <summary>The checked tree.</summary>
    public Expr Root { get; } = root;

    /// <summary>The type of each node, by id.</summary>
    public IReadOnlyDictionary<int, CelType> Types { get; } = types;

    /// <summary>The referent of each identifier, resolved selection and call, by id.</summary>
    public IReadOnlyDictionary<int, Reference> References { get; } = references;

    /// <summary>The type of the whole expression.</summary>
    public CelType ResultType => TypeOf(Root);

    /// <summary>The type of a node (dyn when unknown).</summary>
    public CelType TypeOf(Expr e) => Types.GetValueOrDefault(e.Id) ?? CelType.Dyn;

    /// <summary>The referent of a node, if any.</summary>
    public Reference? ReferenceOf(Expr e) => References.GetValueOrDefault(e.Id);
}
