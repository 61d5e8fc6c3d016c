namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>A scalar: a string, long, ulong, double, bool or null.</summary>
internal sealed class DocScalar(object? value) : DocNode
{
    public object? Value { get; } = value;

    public static DocScalar Of(object? value) => new(value);

    public override DocNode Clone() => new DocScalar(Value);
}
