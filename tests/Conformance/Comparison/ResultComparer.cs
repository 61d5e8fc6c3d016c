using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Conformance.Comparison;

/// <summary>
/// Compares an actual result with the expected one the way the conformance suite means it,
/// which is stricter than CEL <c>==</c>: kinds must match (<c>1</c>, <c>1u</c> and <c>1.0</c> all
/// differ), NaN matches NaN, lists compare in order, maps ignore entry order (but keys must
/// match in kind), type values compare by name and optionals compare structurally.
/// </summary>
public static class ResultComparer
{
    /// <summary>Null when <paramref name="actual"/> matches <paramref name="expected"/>; otherwise where and how they differ.</summary>
    public static string? Difference(CelValue expected, CelValue actual) => Difference(expected, actual, "");

    /// <summary>Null when the deduced type matches the expected one structurally; otherwise how they differ.</summary>
    public static string? TypeDifference(CelType expected, CelType? actual) =>
        actual is null ? $"expected deduced type {expected}, but the engine reported none"
        : expected.Equals(actual) ? null
        : $"expected deduced type {expected}, got {actual}";

    private static string? Difference(CelValue expected, CelValue actual, string path)
    {
        if (actual is CelError error) return Mismatch(path, $"expected {Describe(expected)}, got error: {error.Message}");
        if (expected.Kind != actual.Kind) return Mismatch(path, $"expected {Describe(expected)}, got {Describe(actual)}");
        return expected switch
        {
            CelDouble e => SameDouble(e.Value, ((CelDouble)actual).Value) ? null : Mismatch(path, $"expected {Describe(expected)}, got {Describe(actual)}"),
            CelList e => ListDifference(e, (CelList)actual, path),
            CelMap e => MapDifference(e, (CelMap)actual, path),
            CelTypeValue e => e.Name == ((CelTypeValue)actual).Name ? null : Mismatch(path, $"expected type {e.Name}, got type {((CelTypeValue)actual).Name}"),
            CelOptional e => OptionalDifference(e, (CelOptional)actual, path),
            _ => expected.Type.Name == actual.Type.Name && expected.CelEquals(actual) ? null
                : Mismatch(path, $"expected {Describe(expected)}, got {Describe(actual)}"),
        };
    }

    // Any NaN matches any NaN; otherwise IEEE equality (so -0.0 matches 0.0, as in the reference runners).
    private static bool SameDouble(double expected, double actual) =>
        double.IsNaN(expected) ? double.IsNaN(actual) : expected == actual;

    private static string? ListDifference(CelList expected, CelList actual, string path)
    {
        if (expected.Count != actual.Count)
            return Mismatch(path, $"expected a list of {expected.Count} elements {expected}, got {actual.Count} elements {actual}");
        for (var i = 0; i < expected.Count; i++)
        {
            if (Difference(expected[i], actual[i], $"{path}[{i}]") is { } d) return d;
        }
        return null;
    }

    private static string? MapDifference(CelMap expected, CelMap actual, string path)
    {
        if (expected.Count != actual.Count)
            return Mismatch(path, $"expected a map of {expected.Count} entries {expected}, got {actual.Count} entries {actual}");
        foreach (var key in expected.Keys)
        {
            // Keys must match in kind too: a map keyed by 1u does not match one keyed by 1.
            var actualKey = actual.Keys.FirstOrDefault(k => k.Kind == key.Kind && k.CelEquals(key));
            if (actualKey is null) return Mismatch(path, $"expected key {Describe(key)} in {actual}");
            expected.TryGetValue(key, out var e);
            actual.TryGetValue(actualKey, out var a);
            if (Difference(e, a, $"{path}[{key}]") is { } d) return d;
        }
        return null;
    }

    private static string? OptionalDifference(CelOptional expected, CelOptional actual, string path)
    {
        if (expected.HasValue != actual.HasValue) return Mismatch(path, $"expected {expected}, got {actual}");
        return expected.HasValue ? Difference(expected.Value, actual.Value, $"{path}.value()") : null;
    }

    private static string Describe(CelValue value) => $"{value} ({value.Type.Name})";

    private static string Mismatch(string path, string message) => path.Length == 0 ? message : $"at {path}: {message}";
}
