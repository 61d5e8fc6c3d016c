using System.Security.Cryptography;
using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Events;

/// <summary>Random event ids: <c>ev_</c> and 26 base32 characters (128 bits).</summary>
public static class EventIds
{
    /// <summary>A new id.</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return "ev_" + Base32.Encode(bytes);
    }
}
