using System.Collections.Immutable;
using Policy.Runtime.Functions;
using Policy.Runtime.Types;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// ngrok's HTTP-only functions, declared without implementations: this toolkit has no HTTP
/// runtime, but the checker must know them to type-check HTTP policies and to tell a user that
/// they are not available on a TLS endpoint. Request functions are documented for
/// <c>on_http_request</c> and <c>on_http_response</c>, response functions for
/// <c>on_http_response</c> only. A cookie is declared as <c>map(string, dyn)</c> so that its
/// fields (<c>.value</c>, <c>.secure</c>, ...) can be selected.
/// </summary>
public sealed class NgrokHttpLibrary : CelLibrary
{
    private static readonly CelType S = CelType.String;
    private static readonly CelType Headers = CelType.List(CelType.String);
    private static readonly CelType Cookie = CelType.Map(CelType.String, CelType.Dyn);

    private static readonly ImmutableArray<FunctionDecl> Declarations =
    [
        Declare("getReqHeader", "The request's values of a header (canonical name, e.g. 'User-Agent'); empty when absent.", "get_req_header_string", Headers),
        Declare("hasReqHeader", "True when the request has the header (canonical name).", "has_req_header_string", CelType.Bool),
        Declare("getReqCookie", "The request cookie of that name (the first one in Cookie header order).", "get_req_cookie_string", Cookie),
        Declare("hasReqCookie", "True when the request has a cookie of that name.", "has_req_cookie_string", CelType.Bool),
        Declare("getQueryParam", "The request URL's values of a query parameter; empty when absent.", "get_query_param_string", Headers),
        Declare("hasQueryParam", "True when the request URL has the query parameter.", "has_query_param_string", CelType.Bool),
        Declare("getResHeader", "The response's values of a header (canonical name).", "get_res_header_string", Headers),
        Declare("hasResHeader", "True when the response has the header (canonical name).", "has_res_header_string", CelType.Bool),
        Declare("getResCookie", "The response cookie of that name (the one with the longest path when repeated).", "get_res_cookie_string", Cookie),
        Declare("hasResCookie", "True when the response sets a cookie of that name.", "has_res_cookie_string", CelType.Bool),
    ];

    /// <summary>The names of ngrok's HTTP-only functions, none of which may be used on a TLS or TCP endpoint.</summary>
    public static IReadOnlyList<string> FunctionNames { get; } = [.. Declarations.Select(d => d.Name)];

    /// <summary>The shared instance.</summary>
    public static NgrokHttpLibrary Instance { get; } = new();

    /// <inheritdoc/>
    public override string Name => "ngrok.http";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => Declarations;

    private static FunctionDecl Declare(string name, string doc, string id, CelType result) =>
        new(name, doc, Overload.Declared(id, false, [S], result));
}
