namespace Policy.Conformance.Running;

/// <summary>A skip-list entry: an id prefix (<c>file</c>, <c>file/section</c> or <c>file/section/test</c>) and why.</summary>
/// <param name="Prefix">Matches that id and every id below it.</param>
/// <param name="Reason">Why the tests cannot run.</param>
public sealed record SkipEntry(string Prefix, string Reason)
{
    /// <summary>True when <paramref name="id"/> is the prefix itself or lies below it (whole path segments only).</summary>
    public bool Matches(string id) =>
        id.StartsWith(Prefix, StringComparison.Ordinal) && (id.Length == Prefix.Length || id[Prefix.Length] == '/');
}
