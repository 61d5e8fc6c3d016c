using Policy.Runtime.Evaluation;
using Policy.Runtime.Types;

namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>
/// The HTTP request and response variables (<c>req.*</c>, <c>res.*</c>) of http and https
/// endpoints, declared so that HTTP policies type-check with <c>--scheme https</c>. This toolkit
/// has no HTTP runtime, so they have no values.
/// </summary>
public static class HttpVariables
{
    private static readonly CelType Str = CelType.String;
    private static readonly CelType StrList = CelType.List(CelType.String);
    private static readonly CelType Headers = CelType.Map(CelType.String, CelType.List(CelType.String));

    /// <summary><c>req.*</c>: available in on_http_request and on_http_response.</summary>
    public static IReadOnlyList<VariableDecl> Request { get; } =
    [
        VariableDecl.Named("req.body", Str, "The request body."),
        VariableDecl.Named("req.content_encoding", StrList, "Encodings of the Content-Encoding header."),
        VariableDecl.Named("req.content_length", CelType.Int, "The body's length in bytes."),
        VariableDecl.Named("req.content_type", Str, "The media type of the Content-Type header."),
        VariableDecl.Named("req.content_type.parameters", CelType.Map(Str, Str), "The Content-Type parameters."),
        VariableDecl.Named("req.content_type.raw", Str, "The Content-Type header."),
        VariableDecl.Named("req.cookies", CelType.Map(Str, CelType.List(CelType.Map(Str, CelType.Dyn))), "The request's cookies by name."),
        VariableDecl.Named("req.headers", Headers, "The request headers (lower-case names)."),
        VariableDecl.Named("req.host", Str, "The Host header."),
        VariableDecl.Named("req.location", Str, "The Location header."),
        VariableDecl.Named("req.method", Str, "The request method."),
        VariableDecl.Named("req.trailers", Headers, "The request trailers."),
        VariableDecl.Named("req.url", Str, "The request URL."),
        VariableDecl.Named("req.url.authority", Str, "The URL's authority."),
        VariableDecl.Named("req.url.host", Str, "The URL's host."),
        VariableDecl.Named("req.url.path", Str, "The URL's path."),
        VariableDecl.Named("req.url.query", Str, "The URL's query string."),
        VariableDecl.Named("req.url.query_params", Headers, "The URL's query parameters."),
        VariableDecl.Named("req.url.raw_path", Str, "The URL's path as sent."),
        VariableDecl.Named("req.url.scheme", Str, "The URL's scheme."),
        VariableDecl.Named("req.user_agent", Str, "The User-Agent header."),
        VariableDecl.Named("req.version", Str, "The HTTP version."),
    ];

    /// <summary><c>res.*</c>: available in on_http_response.</summary>
    public static IReadOnlyList<VariableDecl> Response { get; } =
    [
        VariableDecl.Named("res.body", Str, "The response body."),
        VariableDecl.Named("res.content_encoding", StrList, "Encodings of the Content-Encoding header."),
        VariableDecl.Named("res.content_length", CelType.Int, "The body's length in bytes."),
        VariableDecl.Named("res.content_type", Str, "The media type of the Content-Type header."),
        VariableDecl.Named("res.cookies", CelType.Map(Str, CelType.List(CelType.Map(Str, CelType.Dyn))), "The response's cookies by name."),
        VariableDecl.Named("res.headers", Headers, "The response headers."),
        VariableDecl.Named("res.location", Str, "The Location header."),
        VariableDecl.Named("res.status_code", CelType.Int, "The response status code."),
        VariableDecl.Named("res.trailers", Headers, "The response trailers."),
        VariableDecl.Named("res.version", Str, "The HTTP version."),
    ];
}
