using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Library.MathExt;

/// <summary>Short constructors and assertions for CEL values in the math tests.</summary>
internal static class Cel
{
    public static CelValue I(long v) => CelInt.Of(v);
    public static CelValue U(ulong v) => CelUint.Of(v);
    public static CelValue D(double v) => CelDouble.Of(v);
    public static CelList L(params CelValue[] items) => CelList.Wrap(items);

    /// <summary>Same kind and equal by CEL equality (NaN matches NaN here).</summary>
    public static void Same(CelValue expected, CelValue actual)
    {
        Assert.False(actual.IsError, $"expected {expected}, got {actual}");
        Assert.Equal(expected.Kind, actual.Kind);
        if (expected is CelDouble { Value: var e } && double.IsNaN(e))
            Assert.True(actual is CelDouble { Value: var a } && double.IsNaN(a), $"expected NaN, got {actual}");
        else
            Assert.True(expected.CelEquals(actual), $"expected {expected}, got {actual}");
    }

    /// <summary>An error whose message contains <paramref name="fragment"/>.</summary>
    public static void Error(string fragment, CelValue actual)
    {
        var error = Assert.IsType<CelError>(actual);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }
}
