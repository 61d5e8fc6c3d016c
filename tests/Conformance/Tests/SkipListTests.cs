using Policy.Conformance.Running;

namespace Policy.Conformance.Tests;

public sealed class SkipListTests
{
    [Theory]
    [InlineData("enums", "enums/legacy/x", true)]
    [InlineData("enums", "enums", true)]
    [InlineData("enums", "enums_ext/a/b", false)]
    [InlineData("comparisons/eq_wrapper", "comparisons/eq_wrapper/eq_bool", true)]
    [InlineData("comparisons/eq_wrapper", "comparisons/eq_wrapper2/eq_bool", false)]
    [InlineData("a/b/c", "a/b/c", true)]
    [InlineData("a/b/c", "a/b/cd", false)]
    public void Entries_match_whole_path_segments(string prefix, string id, bool matches) =>
        Assert.Equal(matches, new SkipEntry(prefix, "r").Matches(id));

    [Fact]
    public void The_first_matching_entry_wins()
    {
        var list = new SkipList([new("a/b", "first"), new("a", "second")]);
        Assert.Equal("first", list.Match("a/b/c")!.Reason);
        Assert.Equal("second", list.Match("a/x/c")!.Reason);
        Assert.Null(list.Match("b/x/c"));
    }

    [Fact]
    public void The_default_list_names_only_the_protobuf_files() =>
        Assert.Equal(ProtobufClassifier.ProtobufFiles.Order(), SkipList.Default.Entries.Select(e => e.Prefix).Order());
}
