namespace Policy.Conformance.Model;

/// <summary>One entry of a <c>cel.expr.MapValue</c>.</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The value.</param>
public sealed record MapEntryProto(ValueProto Key, ValueProto Value);
