namespace Policy.Runtime.Traffic;

/// <summary>The endpoint a connection arrived at: the <c>endpoint.*</c> variables.</summary>
public sealed record EndpointInfo(string Id, string Name, string Url, string Host, long Port, string Protocol)
{
    /// <summary><c>endpoint.addr</c>: <c>host:port</c>.</summary>
    public string Addr => $"{Host}:{Port}";
}
