namespace Policy.Proxy.ClientHello;

/// <summary>State of the server_name (SNI) extension of a ClientHello.</summary>
public enum ServerNameStatus
{
    /// <summary>The ClientHello has no server_name extension.</summary>
    Missing,

    /// <summary>Exactly one host name was sent and it is a valid DNS host name (normalised).</summary>
    Valid,

    /// <summary>The extension is present but its name is unusable; see <see cref="ClientHelloInfo.ServerNameError"/>.</summary>
    Invalid,
}
