using System.Text;
using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

public static partial class NgrokFunctions
{
    /// <summary>
    /// <c>queryString.decode(s)</c>, <c>s.decodeQueryString()</c>: a query string (without the
    /// leading <c>?</c>) as <c>map(string, list(string))</c>, like Go's <c>url.ParseQuery</c>:
    /// pairs split at <c>&amp;</c>, then at the first <c>=</c> (a missing value is <c>""</c>),
    /// both sides query-unescaped; empty pairs skipped; values of a repeated key collected in
    /// order. A pair containing <c>;</c> or a bad <c>%</c> escape makes the whole call an error
    /// (Go reports the first such problem).
    /// </summary>
    public static CelValue QueryStringDecode(string text)
    {
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var pair in text.Split('&'))
        {
            if (pair.Contains(';')) return CelError.Of("invalid semicolon separator in query");
            if (pair.Length == 0) continue;
            var eq = pair.IndexOf('=');
            var key = UrlEncoding.Unescape(eq < 0 ? pair : pair[..eq], UrlPart.QueryComponent, out var error);
            if (key is null) return CelError.Of(error!);
            var value = UrlEncoding.Unescape(eq < 0 ? "" : pair[(eq + 1)..], UrlPart.QueryComponent, out error);
            if (value is null) return CelError.Of(error!);
            if (!values.TryGetValue(key, out var list))
            {
                values[key] = list = [];
                order.Add(key);
            }
            list.Add(value);
        }
        return CelMap.OfStrings(order.Select(k => new KeyValuePair<string, CelValue>(k, CelList.OfStrings(values[k]))));
    }

    /// <summary>
    /// <c>s.isQueryString()</c>: true when the text is one or more <c>key=value</c> pairs joined
    /// by <c>&amp;</c> (empty pairs allowed, at least one pair, every pair with a non-empty key
    /// and an <c>=</c>), written only with characters RFC 3986 allows in a query (so no spaces),
    /// with valid <c>%</c> escapes and no <c>;</c>. ngrok documents <c>'a=b&amp;c=d'</c> (true)
    /// and <c>'not a query string'</c> (false); the rest is our definition.
    /// </summary>
    public static bool IsQueryString(string text)
    {
        var pairs = 0;
        foreach (var pair in text.Split('&'))
        {
            if (pair.Length == 0) continue;
            var eq = pair.IndexOf('=');
            if (eq <= 0 || !IsQueryText(pair)) return false;
            pairs++;
        }
        return pairs > 0;
    }

    /// <summary>
    /// <c>queryString.encode(map)</c>, <c>map.encodeQueryString()</c>: Go's
    /// <c>url.Values.Encode</c>: keys sorted, each value as <c>key=value</c> with both sides
    /// query-escaped, joined by <c>&amp;</c>. Keys must be strings; a value may be a string (one
    /// pair, as in ngrok's <c>{a: "b"}</c> examples) or a list of strings (one pair per element,
    /// none for an empty list); anything else is an error.
    /// </summary>
    public static CelValue QueryStringEncode(CelMap map)
    {
        var entries = new List<(string Key, CelValue Value)>(map.Count);
        foreach (var key in map.Keys)
        {
            if (key is not CelString k) return CelError.Of($"queryString.encode: keys must be strings, got {key.Type.Name}");
            map.TryGetValue(key, out var value);
            entries.Add((k.Value, value));
        }
        entries.Sort(static (a, b) => CodePoints.Compare(a.Key, b.Key));
        var sb = new StringBuilder();
        foreach (var (key, value) in entries)
        {
            var escapedKey = UrlEscape(key);
            if (value is CelString s)
            {
                Append(sb, escapedKey, s.Value);
                continue;
            }
            if (value is not CelList list) return NotText(key, value);
            foreach (var item in list)
            {
                if (item is not CelString text) return NotText(key, item);
                Append(sb, escapedKey, text.Value);
            }
        }
        return CelString.Of(sb.ToString());

        static void Append(StringBuilder sb, string escapedKey, string value)
        {
            if (sb.Length > 0) sb.Append('&');
            sb.Append(escapedKey).Append('=').Append(UrlEscape(value));
        }

        static CelError NotText(string key, CelValue value) =>
            CelError.Of($"queryString.encode: the value of '{key}' must be a string or a list of strings, got {value.Type.Name}");
    }

    /// <summary>RFC 3986 query characters (unreserved, sub-delims, <c>: @ / ?</c>) and valid <c>%XX</c> escapes; no <c>;</c>.</summary>
    private static bool IsQueryText(string pair)
    {
        for (var i = 0; i < pair.Length; i++)
        {
            var c = pair[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '!' or '$' or '\'' or '(' or ')' or '*' or '+' or ',' or '=' or ':' or '@' or '/' or '?')
                continue;
            if (c == '%' && i + 2 < pair.Length && char.IsAsciiHexDigit(pair[i + 1]) && char.IsAsciiHexDigit(pair[i + 2]))
            {
                i += 2;
                continue;
            }
            return false;
        }
        return true;
    }
}
