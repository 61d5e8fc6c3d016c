namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>The protocol of an endpoint's URL.</summary>
public enum Scheme
{
    /// <summary><c>tls://</c>: routed by SNI; only <c>on_tcp_connect</c>.</summary>
    Tls,
    /// <summary><c>tcp://</c>: only <c>on_tcp_connect</c>.</summary>
    Tcp,
    /// <summary><c>http://</c>.</summary>
    Http,
    /// <summary><c>https://</c>.</summary>
    Https,
}
