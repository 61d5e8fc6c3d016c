using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Policy.Proxy.Tls;

/// <summary>
/// Mutual TLS for one handshake: the strategy and the trusted CAs. Verification trusts only these
/// CAs (never the system store) and checks the client-authentication key usage when present.
/// </summary>
public sealed class ClientCertificatePolicy(ClientCertificateMode mode, X509Certificate2Collection authorities)
{
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");

    /// <summary>The strategy.</summary>
    public ClientCertificateMode Mode { get; } = mode;

    /// <summary>The trusted CAs.</summary>
    public X509Certificate2Collection Authorities { get; } = authorities;

    /// <summary>Maps a Traffic Policy strategy name (default <c>require-and-verify</c>).</summary>
    public static ClientCertificateMode ParseMode(string? strategy) => strategy switch
    {
        "require-any" => ClientCertificateMode.RequireAny,
        "request" => ClientCertificateMode.Request,
        _ => ClientCertificateMode.RequireAndVerify,
    };

    /// <summary>The chain policy SslStream verifies the client's certificate with.</summary>
    public X509ChainPolicy ChainPolicy()
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.AddRange(Authorities);
        policy.ApplicationPolicy.Add(ClientAuth);
        return policy;
    }

    /// <summary>Decides whether the handshake may complete with what the client presented.</summary>
    public bool Accept(X509Certificate? certificate, SslPolicyErrors errors) => Mode switch
    {
        ClientCertificateMode.RequireAndVerify => certificate is not null && errors == SslPolicyErrors.None,
        ClientCertificateMode.RequireAny => certificate is not null,
        _ => true,
    };

    /// <summary>
    /// Reads the CAs of a terminate-tls action: PEM text (one or more certificates) per entry. CA ids
    /// (<c>ca_…</c>) name objects of ngrok's dashboard that this proxy does not have: each becomes a
    /// warning, and trusts nothing.
    /// </summary>
    public static X509Certificate2Collection ParseAuthorities(IEnumerable<string> entries, List<string> warnings)
    {
        var result = new X509Certificate2Collection();
        foreach (var entry in entries)
        {
            if (!entry.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                warnings.Add($"certificate authority '{entry}' is not known to this proxy; give the CA as PEM text");
                continue;
            }
            try
            {
                var before = result.Count;
                result.ImportFromPem(entry);
                if (result.Count == before) warnings.Add("a mutual_tls_certificate_authorities entry holds no certificate");
            }
            catch (CryptographicException e)
            {
                warnings.Add($"a mutual_tls_certificate_authorities entry is not a PEM certificate: {e.Message.TrimEnd('.')}");
            }
        }
        return result;
    }
}
