using Policy.Compiler.Diagnostics;
using Policy.Proxy.Configuration;
using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Tls;

/// <summary>
/// The <c>certificates:</c> of the config, chosen by SNI with the same matcher as routing: the
/// exact name, then the most specific wildcard certificate.
/// </summary>
public sealed class CertificateStore
{
    private readonly HostTable<ServerCertificate> _byName = new();

    /// <summary>A store with no certificates.</summary>
    public static CertificateStore Empty { get; } = new();

    /// <summary>Number of names served.</summary>
    public int Count => _byName.Count;

    /// <summary>Loads the configured certificates, reporting unreadable or mismatched files at their config location.</summary>
    public static CertificateStore Load(IReadOnlyList<CertificateFileConfig> entries, DiagnosticReporter diagnostics)
    {
        var store = new CertificateStore();
        foreach (var entry in entries)
        {
            var certText = entry.Certificate.Read(out var certError);
            var keyText = entry.Key.Read(out var keyError);
            if (certText is null || keyText is null)
            {
                diagnostics.Report(ProxyDiagnostics.FileNotReadable, certText is null ? entry.Certificate.Location : entry.Key.Location, (certError ?? keyError)!);
                continue;
            }
            if (ServerCertificate.FromPem(certText, keyText, out var error) is not { } cert)
            {
                diagnostics.Report(ProxyDiagnostics.BadCertificate, entry.Location, $"certificate '{entry.Certificate.Value}': {error}");
                continue;
            }
            if (cert.Names.Count == 0)
                diagnostics.Report(ProxyDiagnostics.Suspicious, entry.Location, $"certificate '{entry.Certificate.Value}' names no DNS host, so no connection selects it");
            foreach (var name in cert.Names)
            {
                // The first certificate listed for a name wins, like the first matching line of a crt-list.
                store._byName.TryAdd(name, cert);
            }
        }
        return store;
    }

    /// <summary>The certificate for a server name, if one matches.</summary>
    public ServerCertificate? Find(string serverName) => _byName.TryMatch(serverName, out var cert) ? cert : null;
}
