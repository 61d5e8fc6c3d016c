namespace Policy.Proxy.Tests.ClientHello;

/// <summary>Wraps handshake bytes into TLS records, whole or fragmented.</summary>
internal static class TlsRecords
{
    public static byte[] Record(byte contentType, ushort version, byte[] payload, int? length = null)
    {
        var declared = length ?? payload.Length;
        return [contentType, (byte)(version >> 8), (byte)version, (byte)(declared >> 8), (byte)declared, .. payload];
    }

    public static byte[] Wrap(byte[] message, ushort version = 0x0301) => Record(22, version, message);

    /// <summary>Splits <paramref name="message"/> into consecutive handshake records of the given sizes (the last takes the rest).</summary>
    public static byte[] Fragment(byte[] message, params int[] sizes)
    {
        var output = new List<byte>();
        var offset = 0;
        foreach (var size in sizes)
        {
            if (offset >= message.Length)
            {
                break;
            }

            var take = Math.Min(size, message.Length - offset);
            output.AddRange(Wrap(message[offset..(offset + take)]));
            offset += take;
        }

        if (offset < message.Length)
        {
            output.AddRange(Wrap(message[offset..]));
        }

        return [.. output];
    }

    /// <summary>Re-fragments a single-record hello into records of random sizes 1..maxSize.</summary>
    public static byte[] Refragment(byte[] singleRecord, Random random, int maxSize)
    {
        var message = HandshakeMessage(singleRecord);
        var sizes = new List<int>();
        for (var total = 0; total < message.Length;)
        {
            var size = random.Next(1, maxSize + 1);
            sizes.Add(size);
            total += size;
        }

        return Fragment(message, [.. sizes]);
    }

    /// <summary>The handshake bytes carried by the records of <paramref name="records"/>.</summary>
    public static byte[] HandshakeMessage(byte[] records)
    {
        var message = new List<byte>();
        for (var offset = 0; offset + 5 <= records.Length;)
        {
            var length = (records[offset + 3] << 8) | records[offset + 4];
            message.AddRange(records.AsSpan(offset + 5, length));
            offset += 5 + length;
        }

        return [.. message];
    }
}
