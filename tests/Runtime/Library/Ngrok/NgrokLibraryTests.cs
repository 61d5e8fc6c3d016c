using Policy.Runtime.Functions;
using Policy.Runtime.Library.Ngrok;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Ngrok.Cel;

namespace Policy.Runtime.Tests.Library.Ngrok;

public class NgrokLibraryTests
{
    private static Overload Find(CelLibrary library, string id) =>
        library.Functions.SelectMany(f => f.Overloads).Single(o => o.Id == id);

    [Fact]
    public void Ngrok_library_declares_the_documented_functions_with_their_overload_ids()
    {
        var ids = NgrokLibrary.Instance.Functions.ToDictionary(f => f.Name, f => f.Overloads.Select(o => o.Id).ToArray());
        Assert.Equal("ngrok", NgrokLibrary.Instance.Name);
        foreach (var alg in new[] { "crc32", "crc64", "md5", "sha1", "sha256", "sha512", "xxhash64" })
        {
            Assert.Equal([$"hash_{alg}_string", $"hash_{alg}_string_string"], ids[$"hash.{alg}"]);
            Assert.Equal([$"string_{alg}", $"string_{alg}_string"], ids[alg]);
        }
        Assert.Equal(["basic_auth_encode_string_string"], ids["basic_auth.encode"]);
        Assert.Equal(["json_decode_string"], ids["json.decode"]);
        Assert.Equal(["json_encode_list", "json_encode_map"], ids["json.encode"]);
        Assert.Equal(["list_encode_json", "map_encode_json"], ids["encodeJson"]);
        Assert.Equal(["string_decode_json"], ids["decodeJson"]);
        Assert.Equal(["string_is_json"], ids["isJson"]);
        Assert.Equal(["url_escape_string"], ids["url.escape"]);
        Assert.Equal(["url_unescape_string"], ids["url.unescape"]);
        Assert.Equal(["url_parse_string"], ids["url.parse"]);
        Assert.Equal(["string_escape_url"], ids["escapeUrl"]);
        Assert.Equal(["string_unescape_url"], ids["unescapeUrl"]);
        Assert.Equal(["string_parse_url"], ids["parseUrl"]);
        Assert.Equal(["string_is_url"], ids["isURL"]);
        Assert.Equal(["query_string_decode_string"], ids["queryString.decode"]);
        Assert.Equal(["query_string_encode_map"], ids["queryString.encode"]);
        Assert.Equal(["string_decode_query_string"], ids["decodeQueryString"]);
        Assert.Equal(["string_is_query_string"], ids["isQueryString"]);
        Assert.Equal(["map_encode_query_string"], ids["encodeQueryString"]);
        Assert.Equal(["string_lower"], ids["lower"]);
        Assert.Equal(["string_upper"], ids["upper"]);
        Assert.Equal(["string_decode_base64"], ids["decodeBase64"]);
        Assert.Equal(["string_encode_base64", "bytes_encode_base64"], ids["encodeBase64"]);
        Assert.Equal(["rand_double"], ids["rand.double"]);
        Assert.Equal(["rand_int", "rand_int_int_int"], ids["rand.int"]);
        Assert.Equal(["secrets_get_string_string"], ids["secrets.get"]);
        Assert.Equal(39, ids.Count);
    }

    [Fact]
    public void Every_overload_has_a_unique_id_and_a_public_static_method()
    {
        var overloads = NgrokLibrary.Instance.Functions.SelectMany(f => f.Overloads).ToList();
        Assert.Equal(overloads.Count, overloads.Select(o => o.Id).Distinct().Count());
        foreach (var o in overloads)
        {
            Assert.NotNull(o.Method);
            Assert.True(o.Method!.IsPublic && o.Method.DeclaringType!.IsPublic, o.Id);
            Assert.True(o.HasImplementation, o.Id);
        }
    }

    [Fact]
    public void No_overload_id_collides_with_the_other_libraries()
    {
        var mine = NgrokLibrary.Instance.Functions.Concat(NgrokHttpLibrary.Instance.Functions).SelectMany(f => f.Overloads).Select(o => o.Id).ToHashSet();
        var others = Policy.Runtime.Library.CelLibraries.All.Append(Policy.Runtime.Network.NgrokIpLibrary.Instance)
            .SelectMany(l => l.Functions).SelectMany(f => f.Overloads).Select(o => o.Id);
        Assert.Empty(mine.Intersect(others));
    }

    [Fact]
    public void Methods_take_the_receiver_first_and_globals_do_not()
    {
        var method = Find(NgrokLibrary.Instance, "string_sha256_string");
        Assert.True(method.IsInstance);
        Assert.Equal([CelType.String, CelType.String], method.Parameters.ToArray());
        Assert.False(Find(NgrokLibrary.Instance, "hash_sha256_string_string").IsInstance);
        Assert.True(Find(NgrokLibrary.Instance, "map_encode_query_string").IsInstance);
        Assert.False(Find(NgrokLibrary.Instance, "rand_int").IsInstance);
        Assert.Empty(Find(NgrokLibrary.Instance, "rand_double").Parameters);
    }

    [Fact]
    public void Result_types_are_declared_for_the_checker()
    {
        Assert.Equal(CelType.Dyn, Find(NgrokLibrary.Instance, "json_decode_string").Result);
        Assert.Equal(CelType.Map(CelType.String, CelType.Dyn), Find(NgrokLibrary.Instance, "url_parse_string").Result);
        Assert.Equal(CelType.Map(CelType.String, CelType.List(CelType.String)), Find(NgrokLibrary.Instance, "query_string_decode_string").Result);
        Assert.Equal(CelType.Double, Find(NgrokLibrary.Instance, "rand_double").Result);
        Assert.Equal(CelType.Int, Find(NgrokLibrary.Instance, "rand_int_int_int").Result);
        Assert.Equal(CelType.Bool, Find(NgrokLibrary.Instance, "string_is_url").Result);
    }

    [Fact]
    public void Invoking_through_the_overload_marshals_arguments_and_results()
    {
        Assert.Equal("5d41402abc4b2a76b9719d911017c592", AsText(Find(NgrokLibrary.Instance, "string_md5").Invoke([Str("hello")])));
        Assert.Equal("XUFAKrxLKna5cZ2REBfFkg==", AsText(Find(NgrokLibrary.Instance, "hash_md5_string_string").Invoke([Str("hello"), Str("base64")])));
        Assert.Equal("a=b&c=d", AsText(Find(NgrokLibrary.Instance, "map_encode_query_string").Invoke([Map((Str("a"), Str("b")), (Str("c"), Str("d")))])));
        Assert.Equal("Basic dXNlcm5hbWU6cGFzc3dvcmQx", AsText(Find(NgrokLibrary.Instance, "basic_auth_encode_string_string").Invoke([Str("username"), Str("password1")])));
        var overload = Find(NgrokLibrary.Instance, "json_encode_map");
        Assert.True(overload.Accepts([CelMap.Empty]));
        Assert.False(overload.Accepts([CelList.Empty]));
        Assert.IsType<CelDouble>(Find(NgrokLibrary.Instance, "rand_double").Invoke([]));
    }

    [Fact]
    public void Http_library_declares_the_http_only_functions_without_implementations()
    {
        Assert.Equal("ngrok.http", NgrokHttpLibrary.Instance.Name);
        Assert.Equal(["getReqHeader", "hasReqHeader", "getReqCookie", "hasReqCookie", "getQueryParam", "hasQueryParam",
            "getResHeader", "hasResHeader", "getResCookie", "hasResCookie"], NgrokHttpLibrary.FunctionNames);
        var overloads = NgrokHttpLibrary.Instance.Functions.SelectMany(f => f.Overloads).ToList();
        Assert.Equal(10, overloads.Select(o => o.Id).Distinct().Count());
        foreach (var o in overloads)
        {
            Assert.False(o.HasImplementation, o.Id);
            Assert.False(o.IsInstance, o.Id);
            Assert.Equal([CelType.String], o.Parameters.ToArray());
            Assert.StartsWith("no implementation for overload", AsError(o.Invoke([Str("x")])));
        }
        Assert.Equal(CelType.List(CelType.String), Find(NgrokHttpLibrary.Instance, "get_req_header_string").Result);
        Assert.Equal(CelType.Bool, Find(NgrokHttpLibrary.Instance, "has_res_cookie_string").Result);
        Assert.Equal(CelType.Map(CelType.String, CelType.Dyn), Find(NgrokHttpLibrary.Instance, "get_req_cookie_string").Result);
    }

    [Fact]
    public void Ngrok_library_and_http_library_share_no_function_name()
    {
        Assert.Empty(NgrokLibrary.Instance.Functions.Select(f => f.Name).Intersect(NgrokHttpLibrary.FunctionNames));
    }
}
