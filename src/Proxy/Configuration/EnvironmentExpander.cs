namespace Policy.Proxy.Configuration;

/// <summary>
/// Replaces <c>${env:NAME}</c> in config values with the environment variable's value. Only these
/// references are touched: other <c>${…}</c> text (CEL interpolation in policies) is left alone.
/// </summary>
public static class EnvironmentExpander
{
    private const string Open = "${env:";

    /// <summary>Expands the references; returns null and names the first unset variable when one is missing.</summary>
    public static string? Expand(string value, Func<string, string?> lookup, out string? missing)
    {
        missing = null;
        if (!value.Contains(Open, StringComparison.Ordinal)) return value;
        var sb = new System.Text.StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            var at = value.IndexOf(Open, i, StringComparison.Ordinal);
            if (at < 0)
            {
                sb.Append(value, i, value.Length - i);
                break;
            }
            var close = value.IndexOf('}', at + Open.Length);
            if (close < 0)
            {
                missing = value[(at + Open.Length)..];
                return null;
            }
            var name = value[(at + Open.Length)..close];
            var replacement = name.Length == 0 ? null : lookup(name);
            if (replacement is null)
            {
                missing = name;
                return null;
            }
            sb.Append(value, i, at - i).Append(replacement);
            i = close + 1;
        }
        return sb.ToString();
    }
}
