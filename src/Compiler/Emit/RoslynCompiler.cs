using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Policy.Runtime.Values;

namespace Policy.Compiler.Emit;

/// <summary>
/// Compiles generated C# in memory (Release, deterministic) and loads it into a collectible
/// load context, so an unloaded policy's code can be released.
/// </summary>
public static class RoslynCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var runtime = typeof(CelValue).Assembly;
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "System.Private.CoreLib", "System.Runtime", "netstandard", "System.Collections", "System.Linq", "System.Memory",
        };
        foreach (var name in runtime.GetReferencedAssemblies()) wanted.Add(name.Name!);
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var refs = trusted.Where(p => wanted.Contains(Path.GetFileNameWithoutExtension(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        refs.Add(MetadataReference.CreateFromFile(runtime.Location));
        return [.. refs];
    }

    /// <summary>Compiles one source file to an assembly image; returns the image or the compiler's error messages.</summary>
    public static (byte[]? Image, IReadOnlyList<string> Errors) Compile(string source, string assemblyName)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release, deterministic: true, concurrentBuild: false,
            nullableContextOptions: NullableContextOptions.Disable, generalDiagnosticOption: ReportDiagnostic.Suppress);
        var compilation = CSharpCompilation.Create(assemblyName, [tree], References.Value, options);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            return (null, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList());
        }
        return (stream.ToArray(), []);
    }

    /// <summary>Loads an image into a new collectible load context.</summary>
    public static Assembly Load(byte[] image, string name)
    {
        var context = new AssemblyLoadContext(name, isCollectible: true);
        using var stream = new MemoryStream(image, writable: false);
        return context.LoadFromStream(stream);
    }
}
