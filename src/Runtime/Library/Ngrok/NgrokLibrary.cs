using System.Collections.Immutable;
using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// ngrok's own Traffic Policy functions (its "macros" page) that are not standard CEL or a
/// cel-go extension: <c>hash.*</c> and the hash methods on strings, <c>basic_auth.encode</c>,
/// <c>json.*</c>, <c>url.*</c>, <c>queryString.*</c>, their receiver-style forms
/// (<c>encodeJson</c>, <c>decodeJson</c>, <c>isJson</c>, <c>escapeUrl</c>, <c>unescapeUrl</c>,
/// <c>parseUrl</c>, <c>isURL</c>, <c>decodeQueryString</c>, <c>isQueryString</c>,
/// <c>encodeQueryString</c>), <c>lower</c>, <c>upper</c>, <c>decodeBase64</c>,
/// <c>encodeBase64</c>, <c>rand.*</c> and <c>secrets.get</c>. The IP helpers are in
/// <see cref="Network.NgrokIpLibrary"/>, the HTTP-only functions in <see cref="NgrokHttpLibrary"/>.
/// </summary>
/// <remarks>
/// ngrok publishes no overload ids; these follow cel-go's naming: the receiver type (for
/// methods) or the dotted function name with <c>_</c>, then the parameter types
/// (<c>hash_sha256_string</c>, <c>string_sha256_string</c>). <c>rand.*</c> and <c>secrets.get</c>
/// are not pure: a compiler must not evaluate them ahead of time.
/// </remarks>
public sealed partial class NgrokLibrary : CelLibrary
{
    private static readonly CelType S = CelType.String;
    private static readonly CelType UrlMap = CelType.Map(CelType.String, CelType.Dyn);
    private static readonly CelType QueryMap = CelType.Map(CelType.String, CelType.List(CelType.String));

    private static readonly ImmutableArray<FunctionDecl> Declarations =
    [
        .. HashDeclarations(),
        new("basic_auth.encode", "The HTTP Basic Authorization header value for a user name and password: 'Basic ' + base64(user:pass).",
            Overload.Global<string, string, string>("basic_auth_encode_string_string", S, S, S, F.BasicAuthEncode)),

        new("json.decode", "Decodes JSON text: objects to map(string, dyn), arrays to lists, numbers to doubles; invalid JSON is an error.",
            Overload.Global<string, CelValue>("json_decode_string", S, CelType.Dyn, F.JsonDecode)),
        new("json.encode", "Encodes a list or map as compact JSON (Go encoding/json style, object keys sorted).",
            Overload.Global<CelList, CelValue>("json_encode_list", CelType.ListOfDyn, S, F.JsonEncode),
            Overload.Global<CelMap, CelValue>("json_encode_map", CelType.MapOfDyn, S, F.JsonEncode)),
        new("encodeJson", "Encodes the list or map as compact JSON (Go encoding/json style, object keys sorted).",
            Overload.Member<CelList, CelValue>("list_encode_json", CelType.ListOfDyn, S, F.JsonEncode),
            Overload.Member<CelMap, CelValue>("map_encode_json", CelType.MapOfDyn, S, F.JsonEncode)),
        new("decodeJson", "Decodes the string as JSON (as json.decode).",
            Overload.Member<string, CelValue>("string_decode_json", S, CelType.Dyn, F.JsonDecode)),
        new("isJson", "True when the string is one valid JSON value.",
            Overload.Member<string, bool>("string_is_json", S, CelType.Bool, F.IsJson)),

        new("url.escape", "Query-escapes a string (Go url.QueryEscape): space to '+', other reserved and non-ASCII bytes to %XX.",
            Overload.Global<string, string>("url_escape_string", S, S, F.UrlEscape)),
        new("url.unescape", "Undoes query escaping (Go url.QueryUnescape): %XX and '+'; a bad escape is an error.",
            Overload.Global<string, CelValue>("url_unescape_string", S, S, F.UrlUnescape)),
        new("url.parse", "Parses a URL (Go url.Parse) into a map: scheme, opaque, user, host, hostname, port, path, raw_path, omit_host, force_query, raw_query, fragment, raw_fragment.",
            Overload.Global<string, CelValue>("url_parse_string", S, UrlMap, F.UrlParse)),
        new("escapeUrl", "Query-escapes the string (as url.escape).",
            Overload.Member<string, string>("string_escape_url", S, S, F.UrlEscape)),
        new("unescapeUrl", "Undoes query escaping (as url.unescape).",
            Overload.Member<string, CelValue>("string_unescape_url", S, S, F.UrlUnescape)),
        new("parseUrl", "Parses the string as a URL (as url.parse).",
            Overload.Member<string, CelValue>("string_parse_url", S, UrlMap, F.UrlParse)),
        new("isURL", "True when the string is an absolute URL with a scheme and a host.",
            Overload.Member<string, bool>("string_is_url", S, CelType.Bool, F.IsUrl)),

        new("queryString.decode", "Parses a query string (Go url.ParseQuery) into map(string, list(string)).",
            Overload.Global<string, CelValue>("query_string_decode_string", S, QueryMap, F.QueryStringDecode)),
        new("queryString.encode", "Encodes a map of strings or lists of strings as a query string, keys sorted (Go url.Values.Encode).",
            Overload.Global<CelMap, CelValue>("query_string_encode_map", CelType.MapOfDyn, S, F.QueryStringEncode)),
        new("decodeQueryString", "Parses the string as a query string (as queryString.decode).",
            Overload.Member<string, CelValue>("string_decode_query_string", S, QueryMap, F.QueryStringDecode)),
        new("isQueryString", "True when the string is one or more key=value pairs joined by '&', in valid query syntax.",
            Overload.Member<string, bool>("string_is_query_string", S, CelType.Bool, F.IsQueryString)),
        new("encodeQueryString", "Encodes the map as a query string (as queryString.encode).",
            Overload.Member<CelMap, CelValue>("map_encode_query_string", CelType.MapOfDyn, S, F.QueryStringEncode)),

        new("lower", "The string lower-cased with Unicode simple case mapping (Go strings.ToLower).",
            Overload.Member<string, string>("string_lower", S, S, F.Lower)),
        new("upper", "The string upper-cased with Unicode simple case mapping (Go strings.ToUpper).",
            Overload.Member<string, string>("string_upper", S, S, F.Upper)),
        new("decodeBase64", "The text that the standard base64 string encodes; bad base64 or bytes that are not UTF-8 are errors.",
            Overload.Member<string, CelValue>("string_decode_base64", S, S, F.DecodeBase64)),
        new("encodeBase64", "Standard base64 (with padding) of the string's UTF-8 bytes, or of bytes.",
            Overload.Member<string, string>("string_encode_base64", S, S, F.EncodeBase64),
            Overload.Member<CelBytes, string>("bytes_encode_base64", CelType.Bytes, S, F.EncodeBase64)),

        new("rand.double", "A random double in [0, 1).",
            Overload.Global<double>("rand_double", CelType.Double, F.RandDouble)),
        new("rand.int", "A random int in [min, max], both included (default [0, 1]); bounds must be non-negative with min <= max.",
            Overload.Global<long>("rand_int", CelType.Int, F.RandInt),
            Overload.Global<long, long, CelValue>("rand_int_int_int", CelType.Int, CelType.Int, CelType.Int, F.RandInt)),

        new("secrets.get", "The value of a secret, by vault name and secret name; a missing secret is an error.",
            Overload.Global<string, string, CelValue>("secrets_get_string_string", S, S, S, F.SecretsGet)),
    ];

    /// <summary>The shared instance.</summary>
    public static NgrokLibrary Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "ngrok";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => Declarations;
}
