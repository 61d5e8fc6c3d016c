using System.Security.Cryptography.X509Certificates;
using Policy.Proxy.Tls;

namespace Policy.Proxy.Tests.Support;

/// <summary>Certificates for tests: CAs, server and client certificates, as objects and PEM.</summary>
internal static class TestPki
{
    /// <summary>A CA (self-signed, with its key).</summary>
    public static X509Certificate2 CreateCa(string name) => SelfSignedCertificates.Generate(name, isCertificateAuthority: true);

    /// <summary>A certificate for <paramref name="name"/> issued by <paramref name="ca"/> (or self-signed).</summary>
    public static X509Certificate2 CreateLeaf(string name, X509Certificate2? ca = null, bool client = false) =>
        SelfSignedCertificates.Generate(name, issuer: ca, clientAuth: client);

    public static string CertificatePem(X509Certificate2 c) => c.ExportCertificatePem();

    public static string KeyPem(X509Certificate2 c) => c.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem();

    /// <summary>A PEM text as a YAML block scalar value, indented for a key at <paramref name="indent"/> spaces.</summary>
    public static string Block(string pem, int indent) =>
        "|\n" + string.Join("\n", pem.TrimEnd().Split('\n').Select(l => new string(' ', indent + 2) + l.TrimEnd('\r')));

    /// <summary>Writes a certificate and its key as PEM files; returns their paths.</summary>
    public static (string Cert, string Key) WritePem(string directory, string name, X509Certificate2 c)
    {
        var cert = Path.Combine(directory, name + ".pem");
        var key = Path.Combine(directory, name + ".key");
        File.WriteAllText(cert, CertificatePem(c));
        File.WriteAllText(key, KeyPem(c));
        return (cert, key);
    }
}
