namespace Policy.Conformance.Running;

/// <summary>
/// Tests that are not run, keyed by id prefix. The list may only name tests that need
/// protobuf messages: the runner fails any test that an entry matches but that
/// <see cref="ProtobufClassifier"/> does not classify as protobuf.
/// </summary>
public sealed class SkipList
{
    /// <summary>Creates a list from entries.</summary>
    public SkipList(IEnumerable<SkipEntry> entries) => Entries = [.. entries];

    /// <summary>The entries, in order.</summary>
    public IReadOnlyList<SkipEntry> Entries { get; }

    /// <summary>An empty list.</summary>
    public static SkipList Empty { get; } = new([]);

    /// <summary>The project's list: the data files that exist only to exercise protobuf messages.</summary>
    public static SkipList Default { get; } = new(
    [
        new("proto2", "proto2 messages: field access, defaults, presence, extensions"),
        new("proto2_ext", "proto2 extensions (proto.hasExt / proto.getExt)"),
        new("proto3", "proto3 messages and their well-known-type fields"),
        new("dynamic", "automatic conversion of protobuf well-known types (wrappers, Struct, Value, Any)"),
        new("enums", "protobuf enums (legacy and strong semantics)"),
        new("wrappers", "protobuf wrapper and well-known messages as values"),
    ]);

    /// <summary>The first entry matching <paramref name="id"/>, or null.</summary>
    public SkipEntry? Match(string id) => Entries.FirstOrDefault(e => e.Matches(id));
}
