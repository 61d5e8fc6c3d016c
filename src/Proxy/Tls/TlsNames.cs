using System.Security.Authentication;

namespace Policy.Proxy.Tls;

/// <summary>Traffic Policy's spelling of TLS versions (<c>1.2</c>, <c>1.3</c>) and the protocol sets they bound.</summary>
public static class TlsNames
{
    /// <summary><c>1.2</c> or <c>1.3</c> for a negotiated protocol.</summary>
    public static string Version(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls13 => "1.3",
        SslProtocols.Tls12 => "1.2",
#pragma warning disable SYSLIB0039 // Only to name an old protocol a peer negotiated; never enabled here.
        SslProtocols.Tls11 => "1.1",
        SslProtocols.Tls => "1.0",
#pragma warning restore SYSLIB0039
        _ => "",
    };

    /// <summary>The protocols from <paramref name="min"/> to <paramref name="max"/> (each <c>1.2</c> or <c>1.3</c>).</summary>
    public static SslProtocols Range(string min, string max)
    {
        var result = SslProtocols.None;
        if (string.CompareOrdinal(min, "1.2") <= 0 && string.CompareOrdinal(max, "1.2") >= 0) result |= SslProtocols.Tls12;
        if (string.CompareOrdinal(min, "1.3") <= 0 && string.CompareOrdinal(max, "1.3") >= 0) result |= SslProtocols.Tls13;
        return result == SslProtocols.None ? SslProtocols.Tls12 | SslProtocols.Tls13 : result;
    }
}
