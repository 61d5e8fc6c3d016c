using Policy.Runtime.Time;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Time;

/// <summary>Shorthands for building time values through the library and checking results.</summary>
internal static class TimeAssert
{
    /// <summary>A timestamp parsed by <c>timestamp(string)</c>; fails the test when it is an error.</summary>
    public static CelTimestamp Ts(string text) =>
        Assert.IsType<CelTimestamp>(TimeFunctions.StringToTimestamp(text));

    /// <summary>A duration parsed by <c>duration(string)</c>; fails the test when it is an error.</summary>
    public static CelDuration Dur(string text) =>
        Assert.IsType<CelDuration>(TimeFunctions.StringToDuration(text));

    /// <summary>Asserts a CEL error whose message contains <paramref name="fragment"/>.</summary>
    public static CelError Error(CelValue value, string fragment)
    {
        var error = Assert.IsType<CelError>(value);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>Asserts a range error, as the conformance suite's <c>errors { message: "range" }</c>.</summary>
    public static CelError RangeError(CelValue value) => Error(value, "range");

    /// <summary>Asserts an int result.</summary>
    public static void Int(long expected, CelValue actual) => Assert.Equal(expected, Assert.IsType<CelInt>(actual).Value);

    /// <summary>Asserts a timestamp equal to the RFC 3339 <paramref name="expected"/>.</summary>
    public static void Timestamp(string expected, CelValue actual)
    {
        var t = Assert.IsType<CelTimestamp>(actual);
        Assert.Equal(expected, t.ToRfc3339());
    }

    /// <summary>Asserts a duration of <paramref name="expectedNanos"/>.</summary>
    public static void Duration(long expectedNanos, CelValue actual) =>
        Assert.Equal(expectedNanos, Assert.IsType<CelDuration>(actual).TotalNanoseconds);
}
