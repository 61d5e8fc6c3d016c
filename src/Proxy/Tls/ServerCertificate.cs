using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Policy.Runtime.Traffic;

namespace Policy.Proxy.Tls;

/// <summary>
/// A certificate (with its chain) and private key ready for <see cref="SslStream"/>: the leaf, the
/// handshake context with the intermediates, the DNS names it serves and its policy fields.
/// </summary>
public sealed class ServerCertificate
{
    private readonly Lazy<CertificateInfo> _info;

    private ServerCertificate(X509Certificate2 leaf, X509Certificate2Collection intermediates)
    {
        Leaf = leaf;
        Context = SslStreamCertificateContext.Create(leaf, intermediates, offline: true);
        Names = DnsNames(leaf);
        _info = new(() => new CertificateInfo(leaf));
    }

    /// <summary>The leaf certificate, with its private key.</summary>
    public X509Certificate2 Leaf { get; }

    /// <summary>What SslStream presents: the leaf and the intermediates.</summary>
    public SslStreamCertificateContext Context { get; }

    /// <summary>The DNS names (subject alternative names, or the common name when there are none), lower case.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The <c>conn.tls.server.*</c> fields.</summary>
    public CertificateInfo Info => _info.Value;

    /// <summary>Wraps a certificate that already has its key (a generated one).</summary>
    public static ServerCertificate FromCertificate(X509Certificate2 leaf) => new(leaf, []);

    /// <summary>Loads a PEM certificate chain (leaf first) and its PEM private key; null and a reason when they are unusable.</summary>
    public static ServerCertificate? FromPem(string certificatePem, string privateKeyPem, out string? error)
    {
        error = null;
        try
        {
            var all = new X509Certificate2Collection();
            all.ImportFromPem(certificatePem);
            if (all.Count == 0)
            {
                error = "no PEM certificate found";
                return null;
            }
            if (!privateKeyPem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
            {
                error = "no PEM private key found";
                return null;
            }
            var leaf = X509Certificate2.CreateFromPem(certificatePem, privateKeyPem);
            var intermediates = new X509Certificate2Collection();
            for (var i = 1; i < all.Count; i++) intermediates.Add(all[i]);
            return new ServerCertificate(leaf, intermediates);
        }
        catch (CryptographicException e)
        {
            error = e.Message.TrimEnd('.');
            return null;
        }
    }

    private static List<string> DnsNames(X509Certificate2 cert)
    {
        var names = new List<string>();
        if (cert.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault() is { } san)
            names.AddRange(san.EnumerateDnsNames().Select(n => n.TrimEnd('.').ToLowerInvariant()));
        if (names.Count == 0 && cert.GetNameInfo(X509NameType.DnsName, forIssuer: false) is { Length: > 0 } cn)
            names.Add(cn.TrimEnd('.').ToLowerInvariant());
        return names;
    }
}
