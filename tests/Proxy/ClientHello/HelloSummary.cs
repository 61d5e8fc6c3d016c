using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>One comparable line per parse result: every field that must not depend on how the bytes arrived.</summary>
internal static class HelloSummary
{
    public static string Of(ClientHelloParseResult result)
    {
        if (result.Info is not { } info)
        {
            return $"{result.Status} {result.Reason}";
        }

        return string.Join(" | ",
            result.Status,
            info.ServerNameStatus, info.ServerName, info.ServerNameError,
            string.Join(",", info.AlpnProtocols),
            info.LegacyVersion,
            string.Join(",", info.SupportedVersions),
            string.Join(",", info.CipherSuites),
            string.Join(",", info.ExtensionTypes),
            string.Join(",", info.SupportedGroups),
            string.Join(",", info.SignatureAlgorithms),
            info.HasEncryptedClientHello, info.HasPreSharedKey, info.HasEarlyData,
            info.MessageLength,
            info.Ja4, Ja4Fingerprint.Compute(info, originalOrder: true));
    }

    /// <summary>Feeds a growing buffer to one framer in the given chunk sizes, as the socket reader does.</summary>
    public static ClientHelloParseResult ParseInChunks(byte[] data, IEnumerable<int> chunkEnds, int maxBytes = ClientHelloParser.DefaultMaxBytes)
    {
        var framer = new ClientHelloFramer(maxBytes);
        foreach (var end in chunkEnds)
        {
            if (framer.Advance(data.AsSpan(0, end)) != ClientHelloStatus.NeedMoreData)
            {
                return ClientHelloParser.Finish(ref framer, data.AsSpan(0, end));
            }
        }

        return ClientHelloParser.Finish(ref framer, data);
    }

    public static ClientHelloParseResult ParseByteByByte(byte[] data, int maxBytes = ClientHelloParser.DefaultMaxBytes) =>
        ParseInChunks(data, Enumerable.Range(1, data.Length), maxBytes);
}
