namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>The phases of a Traffic Policy and the schemes they exist for.</summary>
public static class Phases
{
    /// <summary>Once per TCP connection, before any protocol handling.</summary>
    public const string OnTcpConnect = "on_tcp_connect";
    /// <summary>Per HTTP request.</summary>
    public const string OnHttpRequest = "on_http_request";
    /// <summary>Per HTTP response.</summary>
    public const string OnHttpResponse = "on_http_response";
    /// <summary>Per server-sent-events message.</summary>
    public const string OnEventStreamMessage = "on_event_stream_message";

    /// <summary>Every phase name, in the order policies usually list them.</summary>
    public static readonly IReadOnlyList<string> All = [OnTcpConnect, OnHttpRequest, OnHttpResponse, OnEventStreamMessage];

    /// <summary>The phases a scheme has: TLS and TCP only <c>on_tcp_connect</c>.</summary>
    public static IReadOnlyList<string> For(Scheme scheme) =>
        SchemeNames.IsHttp(scheme) ? All : [OnTcpConnect];

    /// <summary>The phases that replaced the legacy names <c>inbound</c> and <c>outbound</c>.</summary>
    public static string? Replacement(string legacy, Scheme scheme) => legacy switch
    {
        "inbound" => SchemeNames.IsHttp(scheme) ? $"{OnTcpConnect} or {OnHttpRequest}" : OnTcpConnect,
        "outbound" => OnHttpResponse,
        _ => null,
    };
}
