using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Policy.Proxy.Tls;

/// <summary>
/// Generates self-signed certificates for names that have no configured certificate (and for the
/// demo). ECDSA P-256 keeps generation in the millisecond range. Certificates are cached by name;
/// callers pass the endpoint's host (a wildcard pattern for a wildcard endpoint), so the cache is
/// bounded by the configuration, not by the names clients send.
/// </summary>
public sealed class SelfSignedCertificates
{
    private readonly ConcurrentDictionary<string, Lazy<ServerCertificate>> _cache = new(StringComparer.Ordinal);

    /// <summary>The certificate for <paramref name="name"/>, generated on first use; <paramref name="created"/> tells whether this call generated it.</summary>
    public ServerCertificate Get(string name, out bool created)
    {
        var fresh = new Lazy<ServerCertificate>(() => ServerCertificate.FromCertificate(Generate(name)));
        var entry = _cache.GetOrAdd(name, fresh);
        created = ReferenceEquals(entry, fresh);
        return entry.Value;
    }

    /// <summary>A new self-signed certificate for a DNS name (or <c>*.suffix</c>), valid from yesterday for one year.</summary>
    public static X509Certificate2 Generate(string name, X509Certificate2? issuer = null, bool isCertificateAuthority = false, bool clientAuth = false)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        if (!isCertificateAuthority)
        {
            var san = new SubjectAlternativeNameBuilder();
            if (System.Net.IPAddress.TryParse(name, out var ip)) san.AddIpAddress(ip);
            else san.AddDnsName(name);
            request.CertificateExtensions.Add(san.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
                [new Oid(clientAuth ? "1.3.6.1.5.5.7.3.2" : "1.3.6.1.5.5.7.3.1")], critical: false));
        }
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(isCertificateAuthority, false, 0, critical: true));
        var notBefore = DateTimeOffset.UtcNow.AddDays(-1);
        var notAfter = notBefore.AddYears(1);
        if (issuer is null) return request.CreateSelfSigned(notBefore, notAfter);
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var signed = request.Create(issuer, notBefore, notAfter, serial);
        return signed.CopyWithPrivateKey(key);
    }
}
