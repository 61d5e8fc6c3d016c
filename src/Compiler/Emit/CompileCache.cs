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

    /// <summary>
    /// Starts .NET's multi-core JIT for this process with its profile in the cache folder: the
    /// methods a start compiles are recorded, and the next start compiles them ahead of need on
    /// a spare core. Roslyn ships without precompiled code, so this takes about a third off a
    /// later process's first policy compile. Returns whether a profile from an earlier start was
    /// there; a folder that cannot be written only means no profile.
    /// </summary>
    public bool StartJitProfile(string name)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var existed = File.Exists(Path.Combine(Directory, name + ".jitprofile"));
            System.Runtime.ProfileOptimization.SetProfileRoot(Directory);
            System.Runtime.ProfileOptimization.StartProfile(name + ".jitprofile");
            return existed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

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
