using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Library.Ngrok;

/// <summary>Small helpers to build values and read results in the ngrok function tests.</summary>
internal static class Cel
{
    public static CelString Str(string s) => CelString.Of(s);

    public static CelList List(params CelValue[] items) => CelList.Wrap(items);

    public static CelMap Map(params (CelValue Key, CelValue Value)[] entries) =>
        Assert.IsAssignableFrom<CelMap>(CelMap.Create(entries.Select(e => e.Key).ToArray(), entries.Select(e => e.Value).ToArray()));

    /// <summary>The text of a string result (fails on anything else, showing the error).</summary>
    public static string AsText(CelValue v) => v is CelString s ? s.Value : throw new Xunit.Sdk.XunitException($"expected a string, got {v}");

    /// <summary>The message of an error result.</summary>
    public static string AsError(CelValue v) => v is CelError e ? e.Message : throw new Xunit.Sdk.XunitException($"expected an error, got {v}");

    /// <summary>The entry <paramref name="key"/> of a map result.</summary>
    public static CelValue Field(CelValue map, string key)
    {
        var m = Assert.IsAssignableFrom<CelMap>(map);
        Assert.True(m.TryGetValue(CelString.Of(key), out var v), $"no key '{key}' in {map}");
        return v;
    }

    /// <summary>True when a map result has the key.</summary>
    public static bool Has(CelValue map, string key) => Assert.IsAssignableFrom<CelMap>(map).ContainsKey(CelString.Of(key));
}
