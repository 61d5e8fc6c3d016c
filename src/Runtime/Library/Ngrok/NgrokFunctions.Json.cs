using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

public static partial class NgrokFunctions
{
    /// <summary>
    /// <c>json.decode(s)</c>, <c>s.decodeJson()</c>: the value the JSON text holds. Objects become
    /// <c>map(string, dyn)</c>, arrays lists, numbers doubles (as Go's <c>encoding/json</c> reads
    /// them into <c>any</c>; integers above 2^53 lose precision, beyond the double range they are an
    /// error), strings, bools and null themselves. ngrok documents lists and maps; a scalar
    /// document is accepted too. Invalid JSON or nesting deeper than 128 is an error.
    /// </summary>
    public static CelValue JsonDecode(string text) => JsonDecoder.Decode(text);

    /// <summary><c>s.isJson()</c>: true when <c>s.decodeJson()</c> would succeed.</summary>
    public static bool IsJson(string text) => JsonDecoder.IsValid(text);

    /// <summary>
    /// <c>json.encode(list)</c>, <c>list.encodeJson()</c>: compact JSON as Go's <c>json.Marshal</c>
    /// writes it (see <see cref="JsonEncoder"/> for each kind of value).
    /// </summary>
    public static CelValue JsonEncode(CelList list) => JsonEncoder.Encode(list);

    /// <summary><c>json.encode(map)</c>, <c>map.encodeJson()</c>: compact JSON with keys in sorted order.</summary>
    public static CelValue JsonEncode(CelMap map) => JsonEncoder.Encode(map);
}
