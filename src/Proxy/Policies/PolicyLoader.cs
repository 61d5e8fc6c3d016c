using System.Security.Cryptography;
using System.Text;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.TrafficPolicy;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Configuration;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Policies;

/// <summary>
/// Compiles endpoint policies for one config load. Policies whose text and endpoint context are
/// unchanged since the previous load are taken from it instead of being compiled again, so a
/// reload recompiles only what changed (and a collectible compiled policy that is no longer used
/// is released with the old load).
/// </summary>
public sealed class PolicyLoader(IPolicyFactory factory, IReadOnlyDictionary<string, CompiledPolicy>? previous)
{
    private readonly Dictionary<string, CompiledPolicy> _compiled = new(StringComparer.Ordinal);

    /// <summary>The policies of this load by hash; hand it to the next load.</summary>
    public IReadOnlyDictionary<string, CompiledPolicy> Compiled => _compiled;

    /// <summary>How many policies were compiled (not reused) in this load.</summary>
    public int CompiledCount { get; private set; }

    /// <summary>How many policies were reused from the previous load.</summary>
    public int ReusedCount { get; private set; }

    /// <summary>
    /// Compiles (or reuses) an endpoint's policy; null when it has errors, which are reported.
    /// <paramref name="fileText"/> is what a <c>traffic_policy_file</c> held when read ("" for other sources).
    /// </summary>
    public CompiledPolicy? Load(PolicySource source, EndpointContext context, DiagnosticReporter diagnostics, out string fileText)
    {
        fileText = "";
        if (source.IsNone) return CompiledPolicy.Empty;
        string text;
        if (source.FilePath is { } path)
        {
            try
            {
                text = fileText = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                diagnostics.Report(ProxyDiagnostics.FileNotReadable, source.Location, $"cannot read traffic_policy_file: {e.Message}");
                return null;
            }
        }
        else
        {
            text = source.Text ?? PolicyNodeText.Of(source.Inline!);
        }
        var hash = Hash(context, source.FilePath is not null ? "file" : source.Text is not null ? "text" : "inline", text);
        if (_compiled.TryGetValue(hash, out var done)) return done;
        if (previous is not null && previous.TryGetValue(hash, out var reused))
        {
            ReusedCount++;
            _compiled[hash] = reused;
            return reused;
        }
        var compilation = source.FilePath is { } file ? PolicyCompiler.Compile(text, file, context)
            : source.Text is not null ? PolicyCompiler.Compile(text, source.TextName, context)
            : PolicyCompiler.Compile(source.Inline!, context);
        diagnostics.AddRange(compilation.Diagnostics);
        if (!compilation.Success) return null;
        var policy = factory.Create(compilation.Policy!, hash, source.FilePath);
        CompiledCount++;
        _compiled[hash] = policy;
        return policy;
    }

    private string Hash(EndpointContext context, string kind, string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{factory.Backend}\n{context.Scheme}/{context.Binding}/{context.Type}\n{kind}\n{text}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
