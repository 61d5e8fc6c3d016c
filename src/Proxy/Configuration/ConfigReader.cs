using System.Collections.Immutable;
using System.Net;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Proxy.Configuration;

/// <summary>
/// Reads the proxy's YAML (or JSON) config file into a <see cref="ProxyConfig"/>, reporting every
/// problem with its file, line and column. The policies are located, not yet compiled.
/// </summary>
public sealed partial class ConfigReader
{
    private static readonly string[] TopLevelKeys = ["listen", "server_region", "admin", "store", "events", "certificates", "limits", "endpoints"];

    private readonly DiagnosticReporter _diagnostics = new();
    private readonly Func<string, string?> _environment;
    private readonly string _baseDirectory;

    private ConfigReader(string baseDirectory, Func<string, string?> environment)
    {
        _baseDirectory = baseDirectory;
        _environment = environment;
    }

    /// <summary>Reads a config file from disk.</summary>
    public static (ProxyConfig? Config, ImmutableArray<Diagnostic> Diagnostics) ReadFile(string path, Func<string, string?>? environment = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, [ProxyDiagnostics.Error(ProxyDiagnostics.FileNotReadable, SourceLocation.File(path), $"cannot read the config file: {e.Message}")]);
        }
        return Read(text, path, environment);
    }

    /// <summary>Reads config text; <paramref name="path"/> names it in diagnostics and anchors relative paths.</summary>
    public static (ProxyConfig? Config, ImmutableArray<Diagnostic> Diagnostics) Read(string text, string? path, Func<string, string?>? environment = null)
    {
        var baseDirectory = path is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var reader = new ConfigReader(baseDirectory, environment ?? Environment.GetEnvironmentVariable);
        var (root, readDiagnostics) = PolicyDocumentReader.Read(text, path);
        reader._diagnostics.AddRange(readDiagnostics);
        if (root is null || readDiagnostics.Any(d => d.IsError))
        {
            if (root is null && !readDiagnostics.Any(d => d.IsError))
                reader.Report(SourceLocation.File(path), "the config file is empty");
            return (null, reader._diagnostics.ToImmutable());
        }
        var config = reader.ReadRoot(root, path);
        var all = reader._diagnostics.ToImmutable();
        return (all.Any(d => d.IsError) ? null : config, all);
    }

    private ProxyConfig ReadRoot(PolicyNode root, string? path)
    {
        var config = new ProxyConfig { Path = path, BaseDirectory = _baseDirectory };
        if (root is not PolicyMap map)
        {
            Report(root.Location, $"the config file must be a map of settings, not {root.Describe()}");
            return config;
        }
        CheckKeys(map, TopLevelKeys, "the config file");
        return config with
        {
            Listen = ReadListen(map.Find("listen")),
            ServerRegion = String(map.Find("server_region")) ?? "local",
            Admin = ReadAdmin(map.Find("admin")),
            Store = String(map.Find("store")),
            Events = String(map.Find("events")),
            Certificates = ReadCertificates(map.Find("certificates")),
            Limits = ReadLimits(map.Find("limits")),
            Endpoints = ReadEndpoints(map.Find("endpoints")),
        };
    }

    private List<ListenAddress> ReadListen(PolicyEntry? entry)
    {
        var result = new List<ListenAddress>();
        if (entry is null)
        {
            result.Add(new ListenAddress("127.0.0.1:8443", new IPEndPoint(IPAddress.Loopback, 8443), default));
            return result;
        }
        IEnumerable<PolicyNode> items = entry.Value is PolicyList list ? list.Items : [entry.Value];
        foreach (var item in items)
        {
            if (ExpandScalar(item, "listen") is not { } text) continue;
            if (!HostPort.TryParse(text, 0, out var hp, out var error))
            {
                Report(item.Location, $"listen: {error}");
                continue;
            }
            if (hp.Value.Address is not { } address)
            {
                Report(item.Location, $"listen: '{hp.Value.Host}' must be an IP address (or localhost)");
                continue;
            }
            result.Add(new ListenAddress(hp.Value.ToString(), new IPEndPoint(address, hp.Value.Port), item.Location));
        }
        if (result.Count == 0 && entry.Value is PolicyList) Report(entry.Value.Location, "listen: at least one address is required");
        return result;
    }

    private AdminConfig? ReadAdmin(PolicyEntry? entry)
    {
        if (entry is null || AsMap(entry, "admin") is not { } map) return null;
        CheckKeys(map, ["listen", "token"], "admin");
        var token = String(map.Find("token"));
        if (token is not null && token != token.Trim())
        {
            // A request's bearer token arrives trimmed, so such a token could never match.
            Report(map.Find("token")!.Value.Location, "admin.token starts or ends with white space, which a bearer token cannot carry");
            return null;
        }
        var listenText = String(map.Find("listen")) ?? "127.0.0.1:4040";
        if (!HostPort.TryParse(listenText, 0, out var listen, out var error))
        {
            Report(map.Find("listen")?.Value.Location ?? map.Location, $"admin.listen: {error}");
            return null;
        }
        if (listen.Value.Address is null)
        {
            Report(map.Find("listen")?.Value.Location ?? map.Location, $"admin.listen: '{listen.Value.Host}' must be an IP address (or localhost)");
            return null;
        }
        var loopback = IPAddress.IsLoopback(listen.Value.Address);
        if (!loopback && string.IsNullOrEmpty(token))
            Report(map.Find("listen")?.Value.Location ?? map.Location, "admin.listen is not a loopback address, so admin.token is required");
        return new AdminConfig(listen.Value, token, map.Location);
    }

    private List<CertificateFileConfig> ReadCertificates(PolicyEntry? entry)
    {
        var result = new List<CertificateFileConfig>();
        if (entry is null) return result;
        if (entry.Value is not PolicyList list)
        {
            Report(entry.Value.Location, $"certificates must be a list of {{cert, key}} entries, not {entry.Value.Describe()}");
            return result;
        }
        foreach (var item in list.Items)
        {
            if (item is not PolicyMap map)
            {
                Report(item.Location, $"each certificates entry must be a map with cert and key, not {item.Describe()}");
                continue;
            }
            CheckKeys(map, ["cert", "key"], "a certificates entry");
            var cert = Pem(map, "cert", "certificates entry");
            var key = Pem(map, "key", "certificates entry");
            if (cert is not null && key is not null) result.Add(new CertificateFileConfig(cert, key, map.Location));
        }
        return result;
    }

    private void Report(SourceLocation at, string message) => _diagnostics.Report(ProxyDiagnostics.InvalidConfig, at, message);

    private void Warn(SourceLocation at, string message) => _diagnostics.Report(ProxyDiagnostics.Suspicious, at, message);
}
