using System.Security.Cryptography;
using System.Text;

namespace Policy.Proxy.Endpoints;

/// <summary>Ids for endpoints defined in the config file: stable across reloads and restarts, derived from the name.</summary>
public static class EndpointIds
{
    /// <summary><c>ep_</c> and 26 characters of base32 of the name's SHA-256.</summary>
    public static string ForName(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        return "ep_" + Base32.Encode(hash[..16]);
    }
}
