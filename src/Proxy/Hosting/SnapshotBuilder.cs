using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Configuration;
using Policy.Proxy.Endpoints;
using Policy.Proxy.Policies;
using Policy.Proxy.Tls;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Hosting;

/// <summary>
/// Turns a read configuration into a <see cref="ProxySnapshot"/>: loads certificates, compiles each
/// endpoint's policy in its context (reusing unchanged ones from the previous snapshot) and builds
/// the endpoint table. Any error means no snapshot, so a bad reload never replaces a good config.
/// </summary>
public static class SnapshotBuilder
{
    /// <summary>The outcome of a build.</summary>
    public sealed record Result(ProxySnapshot? Snapshot, ImmutableArray<Diagnostic> Diagnostics, int Compiled, int Reused);

    /// <summary>Builds a snapshot.</summary>
    public static Result Build(ProxyConfig config, IPolicyFactory factory, ProxySnapshot? previous)
    {
        var diagnostics = new DiagnosticReporter();
        var certificates = CertificateStore.Load(config.Certificates, diagnostics);
        var loader = new PolicyLoader(factory, previous?.Policies);
        var endpoints = new List<Endpoint>();
        foreach (var e in config.Endpoints)
        {
            var context = new EndpointContext(Scheme.Tls, e.Binding, e.Type);
            var policy = loader.Load(e.Policy, context, diagnostics);
            var agentTls = e.AgentTls is null ? null : LoadAgentTls(e.AgentTls, diagnostics);
            if (policy is null || (e.AgentTls is not null && agentTls is null)) continue;
            if (agentTls is not null && policy.OnTcpConnect.Any(r => r.Actions.Any(a => a is TerminateTlsAction)))
            {
                diagnostics.Report(ProxyDiagnostics.Suspicious, e.AgentTls!.Location,
                    $"endpoint '{e.Name}' has both agent_tls_termination and a terminate-tls action; when the action terminates TLS, agent_tls_termination is skipped");
            }
            endpoints.Add(new Endpoint(e, policy, agentTls));
        }
        var all = diagnostics.ToImmutable();
        if (diagnostics.HasErrors) return new Result(null, all, loader.CompiledCount, loader.ReusedCount);
        var snapshot = new ProxySnapshot(config, new EndpointTable(endpoints), certificates, loader.Compiled, (previous?.Generation ?? 0) + 1);
        return new Result(snapshot, all, loader.CompiledCount, loader.ReusedCount);
    }

    private static TlsServerSettings? LoadAgentTls(AgentTlsConfig config, DiagnosticReporter diagnostics)
    {
        var certText = config.Certificate.Read(out var certError);
        var keyText = config.Key.Read(out var keyError);
        if (certText is null || keyText is null)
        {
            diagnostics.Report(ProxyDiagnostics.FileNotReadable, certText is null ? config.Certificate.Location : config.Key.Location, (certError ?? keyError)!);
            return null;
        }
        if (ServerCertificate.FromPem(certText, keyText, out var error) is not { } certificate)
        {
            diagnostics.Report(ProxyDiagnostics.BadCertificate, config.Certificate.Location, $"agent_tls_termination.server_certificate: {error}");
            return null;
        }
        ClientCertificatePolicy? mtls = null;
        if (config.ClientCertificateAuthorities.Count > 0)
        {
            var texts = new List<string>();
            foreach (var ca in config.ClientCertificateAuthorities)
            {
                if (ca.Read(out var caError) is { } text) texts.Add(text);
                else diagnostics.Report(ProxyDiagnostics.FileNotReadable, ca.Location, caError!);
            }
            var warnings = new List<string>();
            var authorities = ClientCertificatePolicy.ParseAuthorities(texts, warnings);
            foreach (var w in warnings) diagnostics.Report(ProxyDiagnostics.BadCertificate, config.Location, $"agent_tls_termination.mutual_tls_certificate_authorities: {w}");
            mtls = new ClientCertificatePolicy(ClientCertificateMode.RequireAndVerify, authorities);
        }
        return new TlsServerSettings(certificate, System.Security.Authentication.SslProtocols.Tls12 | System.Security.Authentication.SslProtocols.Tls13, mtls);
    }
}
