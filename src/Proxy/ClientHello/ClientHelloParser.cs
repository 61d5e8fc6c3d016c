using System.Buffers;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// Parses the first bytes a client sent on a TLS connection: the ClientHello, possibly spread
/// over several TLS records. Pure and bounded: every nested length is checked against its
/// parent, nothing the client sends can cause an out-of-range read or an exception, and memory
/// use is limited by <c>maxBytes</c>.
/// </summary>
public static class ClientHelloParser
{
    /// <summary>Default bound on the bytes up to the end of the ClientHello (record headers included).</summary>
    public const int DefaultMaxBytes = 16 * 1024;

    /// <summary>Smallest accepted <c>maxBytes</c>: one record header plus the smallest possible ClientHello.</summary>
    public const int MinMaxBytes = ClientHelloFramer.RecordHeaderLength + ClientHelloFramer.HandshakeHeaderLength
        + ClientHelloFramer.MinClientHelloBodyLength;

    /// <summary>Largest accepted <c>maxBytes</c> (16 MiB, the 24-bit handshake length limit).</summary>
    public const int MaxMaxBytes = 1 << 24;

    /// <summary>Parses <paramref name="data"/>, which starts at the first byte the client sent.</summary>
    /// <param name="data">All bytes received so far.</param>
    /// <param name="maxBytes">
    /// Bound on the bytes (record headers included) up to the end of the record that completes the
    /// ClientHello; a hello that needs more is <see cref="ClientHelloStatus.TooLarge"/>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is outside [<see cref="MinMaxBytes"/>, <see cref="MaxMaxBytes"/>].</exception>
    public static ClientHelloParseResult Parse(ReadOnlySpan<byte> data, int maxBytes = DefaultMaxBytes)
    {
        ValidateMaxBytes(maxBytes);
        var framer = new ClientHelloFramer(maxBytes);
        framer.Advance(data);
        return Finish(ref framer, data);
    }

    internal static void ValidateMaxBytes(int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, MinMaxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, MaxMaxBytes);
    }

    /// <summary>Turns the framer's decision into a result, parsing the message when it is complete.</summary>
    internal static ClientHelloParseResult Finish(ref ClientHelloFramer framer, ReadOnlySpan<byte> data)
    {
        if (framer.Status != ClientHelloStatus.Complete)
        {
            return new ClientHelloParseResult(framer.Status, 0, framer.Reason, null);
        }

        var info = ParseMessage(data[..framer.Consumed], framer.MessageLength, framer.RecordCount, out var reason);
        return info is null
            ? new ClientHelloParseResult(ClientHelloStatus.Invalid, 0, reason, null)
            : new ClientHelloParseResult(ClientHelloStatus.Complete, framer.Consumed, null, info);
    }

    private static ClientHelloInfo? ParseMessage(ReadOnlySpan<byte> records, int messageLength, int recordCount, out string? reason)
    {
        const int bodyStart = ClientHelloFramer.RecordHeaderLength + ClientHelloFramer.HandshakeHeaderLength;
        var bodyLength = messageLength - ClientHelloFramer.HandshakeHeaderLength;
        if (recordCount == 1)
        {
            return ClientHelloBodyParser.Parse(records.Slice(bodyStart, bodyLength), messageLength, recordCount, out reason);
        }

        // Spread over several records: copy the fragments together once, into a pooled buffer.
        var buffer = ArrayPool<byte>.Shared.Rent(messageLength);
        try
        {
            var written = 0;
            var offset = 0;
            while (offset < records.Length)
            {
                int length = (records[offset + 3] << 8) | records[offset + 4];
                records.Slice(offset + ClientHelloFramer.RecordHeaderLength, length).CopyTo(buffer.AsSpan(written));
                written += length;
                offset += ClientHelloFramer.RecordHeaderLength + length;
            }

            var body = buffer.AsSpan(ClientHelloFramer.HandshakeHeaderLength, bodyLength);
            return ClientHelloBodyParser.Parse(body, messageLength, recordCount, out reason);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
