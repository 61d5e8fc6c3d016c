using Policy.Runtime.Types;

namespace Policy.Runtime.Functions;

/// <summary>A named group of functions that an environment can include.</summary>
public abstract class CelLibrary
{
    /// <summary>The library's name, such as <c>strings</c> or <c>math</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The functions the library declares.</summary>
    public abstract IEnumerable<FunctionDecl> Functions { get; }

    /// <summary>Types the library adds, whose names become type identifiers (<c>net.IP</c>).</summary>
    public virtual IEnumerable<CelType> Types => [];
}
