using System.Collections.Immutable;
using System.Text;

namespace Policy.Proxy.ClientHello;

/// <content>server_name (RFC 6066 §3) and ALPN (RFC 7301 §3.1) extensions.</content>
internal static partial class ClientHelloBodyParser
{
    private const byte NameTypeHostName = 0;

    private static string? ParseServerName(ReadOnlySpan<byte> data, ref InfoBuilder builder)
    {
        var reader = new TlsReader(data);
        if (!reader.TryReadVector16(out var list) || !reader.IsEmpty)
        {
            return ClientHelloReasons.BadServerNameExtension;
        }

        // Walk the whole list first so a malformed entry anywhere fails the hello, whatever comes before it.
        ReadOnlySpan<byte> hostName = default;
        var hostNames = 0;
        var otherTypes = 0;
        var entries = new TlsReader(list);
        while (!entries.IsEmpty)
        {
            if (!entries.TryReadU8(out var nameType) || !entries.TryReadVector16(out var name))
            {
                return ClientHelloReasons.BadServerNameExtension;
            }

            if (nameType != NameTypeHostName)
            {
                otherTypes++;
            }
            else if (hostNames++ == 0)
            {
                hostName = name;
            }
        }

        builder.ServerNameStatus = ServerNameStatus.Invalid;
        if (hostNames > 0)
        {
            builder.RawServerName = [.. hostName];
        }

        if (list.IsEmpty)
        {
            builder.ServerNameError = ClientHelloReasons.EmptyServerNameList;
        }
        else if (otherTypes > 0)
        {
            builder.ServerNameError = ClientHelloReasons.UnsupportedNameType;
        }
        else if (hostNames > 1)
        {
            builder.ServerNameError = ClientHelloReasons.MultipleNames;
        }
        else if (HostNameNormalizer.TryNormalize(hostName, out var normalized, out var error))
        {
            builder.ServerNameStatus = ServerNameStatus.Valid;
            builder.ServerName = normalized;
        }
        else
        {
            builder.ServerNameError = error;
        }

        return null;
    }

    private static string? ParseAlpn(ReadOnlySpan<byte> data, ref InfoBuilder builder)
    {
        var reader = new TlsReader(data);
        if (!reader.TryReadVector16(out var list) || !reader.IsEmpty || list.IsEmpty)
        {
            return ClientHelloReasons.BadAlpnExtension;
        }

        var count = 0;
        var names = new TlsReader(list);
        while (!names.IsEmpty)
        {
            if (!names.TryReadVector8(out var name) || name.IsEmpty)
            {
                return ClientHelloReasons.BadAlpnExtension;
            }

            count++;
        }

        var protocols = ImmutableArray.CreateBuilder<string>(count);
        names = new TlsReader(list);
        while (names.TryReadVector8(out var name))
        {
            protocols.Add(Encoding.Latin1.GetString(name));
        }

        builder.AlpnProtocols = protocols.MoveToImmutable();
        return null;
    }
}
