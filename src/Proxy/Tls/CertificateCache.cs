using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Policy.Proxy.Tls;

/// <summary>
/// Parsed inline certificates of terminate-tls actions, by the hash of their PEM text, so a policy's
/// certificate is parsed once and not on every connection. Bounded: when full it starts over.
/// </summary>
public sealed class CertificateCache
{
    private const int Capacity = 256;
    private readonly ConcurrentDictionary<string, ServerCertificate> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (X509Certificate2Collection Authorities, string[] Warnings)> _authorities = new(StringComparer.Ordinal);

    /// <summary>The certificate for the PEM pair; null and a reason when it is unusable.</summary>
    public ServerCertificate? Get(string certificatePem, string privateKeyPem, out string? error)
    {
        error = null;
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(certificatePem + "\n--\n" + privateKeyPem)));
        if (_items.TryGetValue(key, out var cached)) return cached;
        var cert = ServerCertificate.FromPem(certificatePem, privateKeyPem, out error);
        if (cert is null) return null;
        if (_items.Count >= Capacity) _items.Clear();
        _items[key] = cert;
        return cert;
    }

    /// <summary>The parsed CAs of a terminate-tls action (see <see cref="ClientCertificatePolicy.ParseAuthorities"/>), with their warnings.</summary>
    public X509Certificate2Collection GetAuthorities(IReadOnlyList<string> entries, List<string> warnings)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n--\n", entries))));
        if (!_authorities.TryGetValue(key, out var cached))
        {
            var found = new List<string>();
            cached = (ClientCertificatePolicy.ParseAuthorities(entries, found), [.. found]);
            if (_authorities.Count >= Capacity) _authorities.Clear();
            _authorities[key] = cached;
        }
        warnings.AddRange(cached.Warnings);
        return cached.Authorities;
    }
}
