using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Library.Strings;

/// <summary>Small helpers to build values and read results in the strings tests.</summary>
internal static class Cel
{
    public static CelString Str(string s) => CelString.Of(s);

    public static CelList List(params CelValue[] items) => CelList.Wrap(items);

    public static CelList StrList(params string[] items) => CelList.OfStrings(items);

    public static CelMap Map(params (CelValue Key, CelValue Value)[] entries) =>
        Assert.IsAssignableFrom<CelMap>(CelMap.Create(entries.Select(e => e.Key).ToArray(), entries.Select(e => e.Value).ToArray()));

    public static CelTimestamp Timestamp(string rfc3339)
    {
        var t = DateTimeOffset.Parse(rfc3339, System.Globalization.CultureInfo.InvariantCulture);
        return Assert.IsType<CelTimestamp>(CelTimestamp.Create(t.ToUnixTimeSeconds(), t.Ticks % TimeSpan.TicksPerSecond * 100));
    }

    public static CelDuration Seconds(double seconds) => CelDuration.Of((long)Math.Round(seconds * 1e9));

    /// <summary>The text of a string result (fails on anything else, showing the error).</summary>
    public static string AsText(CelValue v) => v is CelString s ? s.Value : throw new Xunit.Sdk.XunitException($"expected a string, got {v}");

    /// <summary>The value of an int result.</summary>
    public static long AsInt(CelValue v) => v is CelInt i ? i.Value : throw new Xunit.Sdk.XunitException($"expected an int, got {v}");

    /// <summary>The message of an error result.</summary>
    public static string AsError(CelValue v) => v is CelError e ? e.Message : throw new Xunit.Sdk.XunitException($"expected an error, got {v}");

    /// <summary>The strings of a list result.</summary>
    public static string[] AsTexts(CelValue v) => Assert.IsAssignableFrom<CelList>(v).Select(AsText).ToArray();
}
