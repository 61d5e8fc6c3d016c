using System.Security.Cryptography;
using System.Text;

namespace Policy.Proxy.Endpoints;

/// <summary>
/// Endpoint ids: for endpoints defined in the config file, stable across reloads and restarts and
/// derived from the name; for endpoints created through the admin API, random.
/// </summary>
public static class EndpointIds
{
    /// <summary>A new random id: <c>ep_</c> and 26 base32 characters (128 bits).</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return "ep_" + Base32.Encode(bytes);
    }

    /// <summary><c>ep_</c> and 26 characters of base32 of the name's SHA-256.</summary>
    public static string ForName(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        return "ep_" + Base32.Encode(hash[..16]);
    }
}
