using Policy.Compiler.Checking;
using Policy.Compiler.Diagnostics;
using Policy.Runtime.Types;

namespace Policy.Compiler.Lowering;

/// <summary>
/// A configuration string that may contain <c>${…}</c> interpolations: literal text and checked
/// expressions, in order. A template that is exactly one interpolation keeps the expression's
/// type (<see cref="IsLone"/>); otherwise each interpolation is converted to a string and the
/// parts are concatenated.
/// </summary>
public sealed record IrTemplate(IReadOnlyList<IrTemplatePart> Parts, SourceLocation Location)
{
    /// <summary>A template with no interpolation.</summary>
    public static IrTemplate Constant(string text, SourceLocation location) => new([new IrLiteral(text)], location);

    /// <summary>True when there is no interpolation: the value is known at compile time.</summary>
    public bool IsConstant => Parts.All(p => p is IrLiteral);

    /// <summary>The text of a constant template.</summary>
    public string ConstantText => string.Concat(Parts.OfType<IrLiteral>().Select(p => p.Text));

    /// <summary>True when the template is exactly one <c>${…}</c>, whose value keeps its own type.</summary>
    public bool IsLone => Parts is [IrInterpolation];

    /// <summary>The CEL type of the template's value.</summary>
    public CelType Type => Parts is [IrInterpolation only] ? only.Expression.ResultType : CelType.String;
}

/// <summary>A part of a template.</summary>
public abstract record IrTemplatePart;

/// <summary>Literal text.</summary>
public sealed record IrLiteral(string Text) : IrTemplatePart;

/// <summary>An interpolated, checked expression.</summary>
public sealed record IrInterpolation(CheckedExpr Expression) : IrTemplatePart;
