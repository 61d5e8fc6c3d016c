using System.Net.Security;
using Policy.Runtime.Traffic;

namespace Policy.Proxy.Tls;

/// <summary>The result of a terminating handshake: the decrypted stream and what was negotiated, or why it failed.</summary>
public sealed record TlsHandshakeResult(SslStream? Stream, TlsState? State, string? Error)
{
    /// <summary>True when the handshake completed.</summary>
    public bool Succeeded => Stream is not null;
}
