namespace Policy.Compiler.Emit;

/// <summary>
/// Compiled policy assemblies on disk, keyed by the hash of their generated source (which covers
/// the policy, the compiler and the runtime build), so a restart with unchanged policies skips Roslyn.
/// </summary>
public sealed class CompileCache(string directory)
{
    /// <summary>The folder holding the cached images.</summary>
    public string Directory { get; } = directory;

    /// <summary>The cache in <c>POLICY_COMPILE_CACHE</c>, or a folder in the temporary directory.</summary>
    public static CompileCache Default { get; } = new(Environment.GetEnvironmentVariable("POLICY_COMPILE_CACHE") is { Length: > 0 } dir
        ? dir
        : Path.Combine(Path.GetTempPath(), "policy-compile-cache"));

    private string PathOf(string hash) => Path.Combine(Directory, hash + ".dll");

    /// <summary>The cached image for a hash, if present and readable.</summary>
    public byte[]? TryGet(string hash)
    {
        try
        {
            var path = PathOf(hash);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores an image (atomically; a failure to write only costs a later recompile).</summary>
    public void Put(string hash, byte[] image)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var temp = PathOf(hash) + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temp, image);
            File.Move(temp, PathOf(hash), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation only.
        }
    }
}
