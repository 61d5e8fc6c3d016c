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
/// Turns a read configuration, plus the endpoints created through the admin API, into a
/// <see cref="ProxySnapshot"/>: loads certificates, compiles each endpoint's policy in its context
/// (reusing unchanged ones from the previous snapshot) and builds the endpoint table. Any error
/// means no snapshot, so a bad reload never replaces a good config.
/// </summary>
public static class SnapshotBuilder
{
    /// <summary>The outcome of a build.</summary>
    public sealed record Result(ProxySnapshot? Snapshot, ImmutableArray<Diagnostic> Diagnostics, int Compiled, int Reused);

    /// <summary>Builds a snapshot of the config's endpoints only.</summary>
    public static Result Build(ProxyConfig config, IPolicyFactory factory, ProxySnapshot? previous) => Build(config, [], factory, previous);

    /// <summary>
    /// Builds a snapshot of the config's endpoints and <paramref name="stored"/> (endpoints created
    /// through the admin API). An endpoint whose <see cref="EndpointConfig"/> is the very object the
    /// previous snapshot served is taken over as it is: an API change leaves the config's endpoints
    /// (and their files) alone, and a reload leaves the API's endpoints alone. <paramref name="compiled"/>
    /// holds policies already compiled for this build (by hash, as <see cref="PolicyLoader"/> keys
    /// them), such as the one an admin API change checked; they are used instead of compiling again.
    /// </summary>
    public static Result Build(ProxyConfig config, IReadOnlyList<EndpointConfig> stored, IPolicyFactory factory, ProxySnapshot? previous,
        IReadOnlyDictionary<string, CompiledPolicy>? compiled = null)
    {
        var diagnostics = new DiagnosticReporter();
        var sameConfig = previous is not null && ReferenceEquals(previous.Config, config);
        var certificates = sameConfig ? previous!.Certificates : CertificateStore.Load(config.Certificates, diagnostics);
        var loader = new PolicyLoader(factory, Known(previous?.Policies, compiled));
        var served = new Dictionary<EndpointConfig, Endpoint>(ReferenceEqualityComparer.Instance);
        foreach (var e in previous?.Endpoints.All ?? []) served[e.Config] = e;
        var policies = new Dictionary<string, CompiledPolicy>(StringComparer.Ordinal);
        var endpoints = new List<Endpoint>();
        foreach (var s in stored)
        {
            if (EndpointConflicts.Find(s, config.Endpoints) is { } other)
            {
                diagnostics.Report(ProxyDiagnostics.EndpointConflict, other.Location,
                    $"endpoint '{other.Name}' has the same url as endpoint {s.Name}, which was created through the admin API ({s.Address.Url}); endpoints share a url only when every one of them sets pooling_enabled: true");
            }
        }
        foreach (var e in config.Endpoints.Concat(stored))
        {
            if (served.TryGetValue(e, out var same))
            {
                endpoints.Add(same);
                if (same.Policy.Hash.Length > 0) policies[same.Policy.Hash] = same.Policy;
                continue;
            }
            var context = new EndpointContext(Scheme.Tls, e.Binding, e.Type);
            var policy = loader.Load(e.Policy, context, diagnostics, out var policyFileText);
            var agentTls = e.AgentTls is null ? null : LoadAgentTls(e.AgentTls, diagnostics);
            if (policy is null || (e.AgentTls is not null && agentTls is null)) continue;
            if (agentTls is not null && policy.OnTcpConnect.Any(r => r.Actions.Any(a => a is TerminateTlsAction)))
            {
                diagnostics.Report(ProxyDiagnostics.Suspicious, e.AgentTls!.Location,
                    $"endpoint '{e.Name}' has both agent_tls_termination and a terminate-tls action; when the action terminates TLS, agent_tls_termination is skipped");
            }
            endpoints.Add(new Endpoint(e, policy, agentTls) { PolicyFileText = policyFileText });
        }
        var all = diagnostics.ToImmutable();
        if (diagnostics.HasErrors) return new Result(null, all, loader.CompiledCount, loader.ReusedCount);
        foreach (var (hash, policy) in loader.Compiled) policies[hash] = policy;
        var snapshot = new ProxySnapshot(config, new EndpointTable(endpoints), certificates, policies, (previous?.Generation ?? 0) + 1)
        {
            ConfigLoadedAt = sameConfig ? previous!.ConfigLoadedAt : DateTimeOffset.UtcNow,
        };
        return new Result(snapshot, all, loader.CompiledCount, loader.ReusedCount);
    }

    private static IReadOnlyDictionary<string, CompiledPolicy>? Known(IReadOnlyDictionary<string, CompiledPolicy>? previous, IReadOnlyDictionary<string, CompiledPolicy>? compiled)
    {
        if (compiled is null || compiled.Count == 0) return previous;
        if (previous is null || previous.Count == 0) return compiled;
        var known = new Dictionary<string, CompiledPolicy>(previous, StringComparer.Ordinal);
        foreach (var (hash, policy) in compiled) known.TryAdd(hash, policy);
        return known;
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
