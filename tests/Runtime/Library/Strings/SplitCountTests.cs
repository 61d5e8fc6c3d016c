using Policy.Runtime.Library.Strings;

namespace Policy.Runtime.Tests.Library.Strings;

public class SplitCountTests
{
    [Theory]
    [InlineData("a.b.c", ".")]
    [InlineData("", ".")]
    [InlineData("...", ".")]
    [InlineData("a..b", "..")]
    [InlineData("aaaa", "aa")]
    [InlineData("héllo😀", "")]
    [InlineData("", "")]
    [InlineData("no-separator", ",")]
    public void Counts_the_parts_split_would_return(string s, string separator) =>
        Assert.Equal(StringFunctions.Split(s, separator).Count, StringFunctions.SplitCount(s, separator));
}
