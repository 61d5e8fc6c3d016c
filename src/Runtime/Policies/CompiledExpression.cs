using Policy.Runtime.Traffic;
using Policy.Runtime.Values;

namespace Policy.Runtime.Policies;

/// <summary>
/// A compiled expression over a connection: returns the value, a <see cref="CelError"/> on
/// failure, and never throws. A boolean condition returns <see cref="CelBool.True"/> or
/// <see cref="CelBool.False"/> (shared instances: no allocation).
/// </summary>
public delegate CelValue CompiledExpression(ConnectionContext context);
