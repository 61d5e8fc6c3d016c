namespace Policy.Proxy.ClientHello;

/// <summary>Outcome of <see cref="ClientHelloParser.Parse"/>. A small struct: NeedMoreData allocates nothing.</summary>
public readonly struct ClientHelloParseResult
{
    internal ClientHelloParseResult(ClientHelloStatus status, int bytesConsumed, string? reason, ClientHelloInfo? info)
    {
        Status = status;
        BytesConsumed = bytesConsumed;
        Reason = reason;
        Info = info;
    }

    /// <summary>The decision.</summary>
    public ClientHelloStatus Status { get; }

    /// <summary>
    /// For <see cref="ClientHelloStatus.Complete"/>: bytes from the start of the input up to the end of
    /// the record that completes the ClientHello (anything after it, such as early data, is not
    /// part of the hello). Zero otherwise.
    /// </summary>
    public int BytesConsumed { get; }

    /// <summary>For <see cref="ClientHelloStatus.Invalid"/>: a <see cref="ClientHelloReasons"/> value. Null otherwise.</summary>
    public string? Reason { get; }

    /// <summary>For <see cref="ClientHelloStatus.Complete"/>: the parsed ClientHello. Null otherwise.</summary>
    public ClientHelloInfo? Info { get; }

    /// <summary>A short description for logs and test failures.</summary>
    public override string ToString() => Status switch
    {
        ClientHelloStatus.Complete => $"Complete({BytesConsumed} bytes, sni={Info?.ServerName ?? Info?.ServerNameError ?? "none"})",
        ClientHelloStatus.Invalid => $"Invalid({Reason})",
        _ => Status.ToString(),
    };
}
