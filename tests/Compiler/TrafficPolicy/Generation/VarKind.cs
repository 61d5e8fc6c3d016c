namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>The CEL type of a generated set-vars variable, so later expressions can use it correctly.</summary>
internal enum VarKind
{
    String,
    Int,
    Bool,
    StringList,
}
