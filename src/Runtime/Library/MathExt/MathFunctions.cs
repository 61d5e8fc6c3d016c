using Policy.Runtime.Values;

namespace Policy.Runtime.Library.MathExt;

/// <summary>
/// The implementations behind <see cref="MathLibrary"/>, one public static method per overload
/// (the C# emitter calls them directly). Split by construct: extremes (<c>math.@max</c> and
/// <c>math.@min</c>), rounding and sign helpers, and bitwise operations.
/// </summary>
/// <remarks>
/// Inside the namespace <c>Policy.Runtime.Library.MathExt</c> the simple name <c>Math</c> means this
/// namespace, so the BCL class is always spelled <c>System.Math</c> here.
/// </remarks>
public static partial class MathFunctions
{
    /// <summary>The user-facing name of the macro whose target is <c>math.@max</c>.</summary>
    private const string Greatest = "math.greatest";

    /// <summary>The user-facing name of the macro whose target is <c>math.@min</c>.</summary>
    private const string Least = "math.least";

    private static CelError Unordered(string function) => CelError.Of($"{function}: NaN values cannot be ordered");
}
