namespace Policy.Compiler.Checking;

/// <summary>
/// How an unchecked qualified name <c>a.b.c</c> is looked up at run time: the longest prefix
/// first (each spelled with the container's candidates), the rest of the chain as field selections.
/// </summary>
public static class QualifiedNames
{
    /// <summary>Per prefix length, longest first: the candidate names and the fields selected after it.</summary>
    public static (string[][] Names, string[][] Fields, string Display) Alternatives(CelEnvironment env, string name, IReadOnlyList<string> fields)
    {
        var rooted = name.StartsWith('.') ? "." : "";
        var parts = name.Split('.', StringSplitOptions.RemoveEmptyEntries).Concat(fields).ToArray();
        var names = new List<string[]>();
        var rest = new List<string[]>();
        for (var n = parts.Length; n >= 1; n--)
        {
            names.Add(env.Candidates(rooted + string.Join(".", parts[..n])).ToArray());
            rest.Add(parts[n..]);
        }
        return ([.. names], [.. rest], rooted + string.Join(".", parts));
    }
}
