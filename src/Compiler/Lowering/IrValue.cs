using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Compiler.Lowering;

/// <summary>A set-vars value: a constant, a template, or a list or map of values.</summary>
public abstract record IrValue
{
    /// <summary>The CEL type of the value.</summary>
    public abstract CelType Type { get; }
}

/// <summary>A value known at compile time.</summary>
public sealed record IrConstantValue(CelValue Value) : IrValue
{
    /// <inheritdoc/>
    public override CelType Type => Value.Kind == CelKind.Null ? CelType.Dyn : Value.Type;
}

/// <summary>A string with interpolations.</summary>
public sealed record IrTemplateValue(IrTemplate Template) : IrValue
{
    /// <inheritdoc/>
    public override CelType Type => Template.Type;
}

/// <summary>A list.</summary>
public sealed record IrListValue(IReadOnlyList<IrValue> Items) : IrValue
{
    /// <inheritdoc/>
    public override CelType Type => CelType.List(Common(Items.Select(i => i.Type)));

    internal static CelType Common(IEnumerable<CelType> types)
    {
        CelType? t = null;
        foreach (var x in types)
        {
            if (t is null) t = x;
            else if (!t.Equals(x)) return CelType.Dyn;
        }
        return t ?? CelType.Dyn;
    }
}

/// <summary>A map with string keys.</summary>
public sealed record IrMapValue(IReadOnlyList<(string Key, IrValue Value)> Entries) : IrValue
{
    /// <inheritdoc/>
    public override CelType Type => CelType.Map(CelType.String, IrListValue.Common(Entries.Select(e => e.Value.Type)));
}
