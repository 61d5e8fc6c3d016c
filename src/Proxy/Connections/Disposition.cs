using Policy.Proxy.Endpoints;
using Policy.Proxy.Forwarding;

namespace Policy.Proxy.Connections;

/// <summary>What happens to a connection once the policies have run: close it, or forward it to a connected upstream.</summary>
public abstract record Disposition
{
    /// <summary>Close with a reason.</summary>
    public sealed record Close(string Reason) : Disposition;

    /// <summary>
    /// The endpoint could not take the connection (its upstream is unreachable). Inside
    /// <c>forward-internal</c> this is the forward's error, which <c>on_error</c> handles.
    /// </summary>
    public sealed record Unreachable(string Reason, string Code, string Message) : Disposition;

    /// <summary>Forward to <paramref name="Upstream"/>, which is connected (and its PROXY header and the replayed ClientHello are sent).</summary>
    public sealed record Forward(Endpoint Endpoint, Leg Upstream) : Disposition;
}
