using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Values;

public class NumbersTests
{
    [Fact]
    public void Int_uint_and_double_compare_by_value()
    {
        Assert.True(CelInt.Of(1).CelEquals(CelUint.Of(1)));
        Assert.True(CelUint.Of(1).CelEquals(CelDouble.Of(1.0)));
        Assert.False(CelInt.Of(-1).CelEquals(CelUint.Of(ulong.MaxValue)));
        Assert.Equal(-1, CelInt.Of(-1).CompareTo(CelUint.Of(0)));
    }

    [Fact]
    public void Int_against_double_is_compared_as_doubles_like_the_spec()
    {
        // 2^63 - 1 becomes 2^63 as a double, so it is not less than 2^63.
        Assert.Equal(0, CelInt.Of(long.MaxValue).CompareTo(CelDouble.Of(9223372036854775808.0)));
        Assert.Equal(-1, CelInt.Of(long.MaxValue).CompareTo(CelDouble.Of(9223372036854777857.0)));
    }

    [Fact]
    public void NaN_is_unordered_and_unequal_to_itself()
    {
        var nan = CelDouble.Of(double.NaN);
        Assert.Null(nan.CompareTo(nan));
        Assert.False(nan.CelEquals(nan));
    }

    [Fact]
    public void Integral_doubles_hash_like_the_int_they_equal()
    {
        Assert.Equal(CelInt.Of(42).CelHash(), CelDouble.Of(42.0).CelHash());
        Assert.Equal(CelInt.Of(42).CelHash(), CelUint.Of(42).CelHash());
    }
}
