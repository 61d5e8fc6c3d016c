using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Library.Lists;

/// <summary>Short constructors and assertions for CEL values in the list tests.</summary>
internal static class Cel
{
    public static CelValue I(long v) => CelInt.Of(v);
    public static CelValue U(ulong v) => CelUint.Of(v);
    public static CelValue D(double v) => CelDouble.Of(v);
    public static CelValue S(string v) => CelString.Of(v);
    public static CelList L(params CelValue[] items) => CelList.Wrap(items);
    public static CelList Ints(params long[] items) => CelList.Wrap([.. items.Select(CelInt.Of)]);

    /// <summary>A list with the same elements, each of the same kind as expected.</summary>
    public static void SameList(CelList expected, CelValue actual)
    {
        Assert.False(actual.IsError, $"expected {expected}, got {actual}");
        var list = Assert.IsAssignableFrom<CelList>(actual);
        Assert.Equal(expected.Count, list.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Kind, list[i].Kind);
            Assert.True(expected[i].CelEquals(list[i]), $"element {i}: expected {expected[i]}, got {list[i]} (in {actual})");
        }
    }

    /// <summary>An error whose message contains <paramref name="fragment"/>.</summary>
    public static void Error(string fragment, CelValue actual)
    {
        var error = Assert.IsType<CelError>(actual);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }
}
