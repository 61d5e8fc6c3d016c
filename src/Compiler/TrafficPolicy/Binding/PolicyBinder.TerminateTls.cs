using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Compiler.TrafficPolicy.Binding;

public sealed partial class PolicyBinder
{
    private static readonly string[] TlsVersions = ["1.2", "1.3"];
    private static readonly string[] Strategies = ["require-and-verify", "require-any", "request"];

    private IrAction? BindTerminateTls(PolicyMap action, PolicyMap? map)
    {
        var config = Config("terminate-tls", action, map);
        config.AllowKeys("min_version", "max_version", "server_certificate", "server_private_key",
            "mutual_tls_certificate_authorities", "mutual_tls_verification_strategy");

        const string removed = " (TLS 1.0 and 1.1 were removed from terminate-tls in November 2025)";
        var min = config.Enum("min_version", TlsVersions, HintForOldVersion(config, "min_version", removed)) ?? "1.2";
        var max = config.Enum("max_version", TlsVersions, HintForOldVersion(config, "max_version", removed)) ?? "1.3";
        if (string.CompareOrdinal(min, max) > 0)
            Report(DiagnosticCatalog.InvalidConfigValue, config.Field("min_version")!, $"min_version {min} is greater than max_version {max}");

        var certScalar = config.String("server_certificate");
        var keyScalar = config.String("server_private_key");
        if (certScalar is null != keyScalar is null)
        {
            var (missing, present) = certScalar is null ? ("server_certificate", keyScalar!) : ("server_private_key", certScalar);
            Report(DiagnosticCatalog.PairedField, present, $"{missing} is required when {(missing == "server_certificate" ? "server_private_key" : "server_certificate")} is specified");
        }
        var cert = certScalar is null ? null : BindTemplate(certScalar);
        var key = keyScalar is null ? null : BindTemplate(keyScalar);
        if (cert is { IsConstant: true } && key is { IsConstant: true }) CheckKeyPair(certScalar!, cert.ConstantText, keyScalar!, key.ConstantText);
        else if (cert is { IsConstant: true }) CheckCertificate(certScalar!, cert.ConstantText, "server_certificate");

        var cas = new List<IrTemplate>();
        foreach (var ca in config.StringList("mutual_tls_certificate_authorities") ?? [])
        {
            if (BindTemplate(ca) is not { } t) continue;
            if (t.IsConstant && t.ConstantText.Contains("-----BEGIN", StringComparison.Ordinal)) CheckCertificate(ca, t.ConstantText, "mutual_tls_certificate_authorities");
            else if (t.IsConstant && !t.ConstantText.StartsWith("ca_", StringComparison.Ordinal))
                Report(DiagnosticCatalog.ParseFailure, ca, "each mutual_tls_certificate_authorities entry must be a PEM certificate or a certificate authority id (ca_...)");
            cas.Add(t);
        }
        var strategy = config.Enum("mutual_tls_verification_strategy", Strategies) ?? "require-and-verify";
        if (cas.Count == 0 && config.Field("mutual_tls_verification_strategy") is { } s)
            Report(DiagnosticCatalog.SuspiciousValue, s, "mutual_tls_verification_strategy has no effect without mutual_tls_certificate_authorities");

        return config.Failed ? null : new IrTerminateTls(action.Location, min, max, cert, key, cas, strategy);
    }

    private static string? HintForOldVersion(ConfigReader config, string field, string hint) =>
        config.Map?.Find(field)?.Value is PolicyScalar { Value: "1.0" or "1.1" or "1" } ? hint : null;

    private void CheckCertificate(PolicyScalar at, string pem, string field)
    {
        try
        {
            using var cert = X509Certificate2.CreateFromPem(pem);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            Report(DiagnosticCatalog.ParseFailure, at, $"failed to parse {field}: not a PEM certificate ({e.Message.TrimEnd('.')})");
        }
    }

    private void CheckKeyPair(PolicyScalar certAt, string certPem, PolicyScalar keyAt, string keyPem)
    {
        var before = _diagnostics.ErrorCount;
        CheckCertificate(certAt, certPem, "server_certificate");
        if (!keyPem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            Report(DiagnosticCatalog.ParseFailure, keyAt, "failed to parse server_private_key: not a PEM private key");
            return;
        }
        if (_diagnostics.ErrorCount > before) return;
        try
        {
            using var pair = X509Certificate2.CreateFromPem(certPem, keyPem);
        }
        // A key that parses but belongs to another certificate is an ArgumentException, not a CryptographicException.
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            Report(DiagnosticCatalog.ParseFailure, keyAt, $"failed to parse server_private_key, or it does not match server_certificate ({e.Message.TrimEnd('.')})");
        }
    }
}
