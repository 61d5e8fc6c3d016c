using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Ngrok.Cel;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Tests.Library.Ngrok;

public class RandomTests
{
    private const int Draws = 2_000;

    [Fact]
    public void Double_is_in_the_unit_interval_and_varies()
    {
        var seen = new HashSet<double>();
        for (var i = 0; i < Draws; i++)
        {
            var d = F.RandDouble();
            Assert.InRange(d, 0.0, 1.0);
            Assert.NotEqual(1.0, d);
            seen.Add(d);
        }
        Assert.True(seen.Count > Draws / 2);
    }

    [Fact]
    public void Int_without_arguments_is_zero_or_one_and_both_occur()
    {
        var seen = new HashSet<long>();
        for (var i = 0; i < Draws; i++) seen.Add(F.RandInt());
        Assert.Equal([0L, 1L], seen.Order());
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(5, 7)]
    [InlineData(100, 100)]
    public void Int_with_bounds_includes_both_ends(long min, long max)
    {
        var seen = new HashSet<long>();
        for (var i = 0; i < Draws; i++)
        {
            var v = Assert.IsType<CelInt>(F.RandInt(min, max)).Value;
            Assert.InRange(v, min, max);
            seen.Add(v);
        }
        Assert.Equal(max - min + 1, seen.Count);
    }

    [Fact]
    public void Int_over_the_whole_non_negative_range()
    {
        for (var i = 0; i < 100; i++)
            Assert.InRange(Assert.IsType<CelInt>(F.RandInt(0, long.MaxValue)).Value, 0, long.MaxValue);
        for (var i = 0; i < 100; i++)
            Assert.InRange(Assert.IsType<CelInt>(F.RandInt(long.MaxValue - 1, long.MaxValue)).Value, long.MaxValue - 1, long.MaxValue);
    }

    [Theory]
    [InlineData(10, 0, "rand.int: min 10 is greater than max 0")]
    [InlineData(-1, 5, "rand.int: bounds must not be negative, got (-1, 5)")]
    [InlineData(0, -5, "rand.int: bounds must not be negative, got (0, -5)")]
    public void Int_rejects_bad_ranges(long min, long max, string message)
    {
        Assert.Equal(message, AsError(F.RandInt(min, max)));
    }
}
