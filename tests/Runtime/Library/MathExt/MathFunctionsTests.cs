using static Policy.Runtime.Tests.Library.MathExt.Cel;
using F = Policy.Runtime.Library.MathExt.MathFunctions;

namespace Policy.Runtime.Tests.Library.MathExt;

/// <summary>
/// The rounding, sign, floating-point and bitwise sections of the conformance file math_ext
/// (the dyn_error cases are dispatch failures and live in <see cref="MathLibraryTests"/>), plus
/// cases the file does not cover.
/// </summary>
public class MathFunctionsTests
{
    [Fact]
    public void Ceil_rounds_up()
    {
        Assert.Equal(-1.0, F.Ceil(-1.2)); // ceil/negative
        Assert.Equal(2.0, F.Ceil(1.2));
        Assert.True(double.IsNaN(F.Ceil(double.NaN)));
    }

    [Fact]
    public void Floor_rounds_down()
    {
        Assert.Equal(-2.0, F.Floor(-1.2)); // floor/negative
        Assert.Equal(1.0, F.Floor(1.2)); // floor/positive
    }

    [Theory]
    [InlineData(-1.6, -2.0)] // round/negative_down
    [InlineData(-1.5, -2.0)] // round/negative_mid
    [InlineData(1.5, 2.0)]
    [InlineData(2.5, 3.0)]
    [InlineData(0.49999999999999994, 0.0)]
    [InlineData(-0.4, -0.0)]
    public void Round_takes_halves_away_from_zero(double input, double expected) =>
        Assert.Equal(expected, F.Round(input));

    [Fact]
    public void Trunc_drops_the_fraction()
    {
        Assert.Equal(-1.0, F.Trunc(-1.2)); // trunc/negative
        Assert.Equal(1.0, F.Trunc(1.2)); // trunc/positive
        Assert.True(F.IsNaN(F.Trunc(0.0 / 0.0))); // trunc/nan
        Assert.Equal(double.PositiveInfinity, F.Trunc(double.PositiveInfinity));
    }

    [Fact]
    public void Abs_of_each_kind()
    {
        Assert.Equal(1UL, F.AbsUint(1)); // abs/uint
        Same(I(1), F.AbsInt(1)); // abs/positive_int
        Same(I(11), F.AbsInt(-11)); // abs/negative_int
        Assert.Equal(1.5, F.AbsDouble(1.5)); // abs/positive_double
        Assert.Equal(11.5, F.AbsDouble(-11.5)); // abs/negative_double
        Same(I(long.MaxValue), F.AbsInt(-long.MaxValue));
    }

    [Fact]
    public void Abs_of_the_least_int_overflows() =>
        Error("overflow", F.AbsInt(long.MinValue));

    [Fact]
    public void Sign_of_each_kind()
    {
        Assert.Equal(1UL, F.SignUint(100)); // sign/positive_uint
        Assert.Equal(0UL, F.SignUint(0)); // sign/zero_uint
        Assert.Equal(1L, F.SignInt(100)); // sign/positive_int
        Assert.Equal(1.0, F.SignDouble(100.5)); // sign/positive_double
        Assert.Equal(-1.0, F.SignDouble(-32.0)); // sign/negative_double
        Assert.Equal(0.0, F.SignDouble(0.0)); // sign/zero_double
        Assert.Equal(-1L, F.SignInt(long.MinValue));
        Assert.Equal(0L, F.SignInt(0));
        Assert.Equal(-1.0, F.SignDouble(double.NegativeInfinity));
        Assert.True(double.IsNaN(F.SignDouble(double.NaN)));
    }

    [Fact]
    public void IsNaN_IsInf_and_IsFinite()
    {
        Assert.True(F.IsNaN(0.0 / 0.0)); // isNaN/true
        Assert.False(F.IsNaN(1.0 / 0.0)); // isNaN/false
        Assert.True(F.IsInf(1.0 / 0.0)); // isInf/true
        Assert.False(F.IsInf(0.0 / 0.0)); // isInf/false
        Assert.True(F.IsInf(-1.0 / 0.0));
        Assert.True(F.IsFinite(1.0 / 1.5)); // isFinite/true
        Assert.False(F.IsFinite(0.0 / 0.0)); // isFinite/false_nan
        Assert.False(F.IsFinite(-1.0 / 0.0)); // isFinite/false_inf
    }

    [Fact]
    public void Sqrt_returns_a_double_for_every_kind()
    {
        Assert.Equal(3.0, F.SqrtDouble(9.0));
        Assert.Equal(2.0, F.SqrtInt(4));
        Assert.Equal(4294967296.0, F.SqrtUint(18446744073709551615UL));
        Assert.True(double.IsNaN(F.SqrtInt(-1)));
        Assert.True(double.IsNaN(F.SqrtDouble(-4.0)));
    }

    [Fact]
    public void BitAnd_BitOr_and_BitXor()
    {
        Assert.Equal(1L, F.BitAndInt(1, 3)); // bit_and/int_int_intersect
        Assert.Equal(1L, F.BitAndInt(1, -1)); // bit_and/int_int_intersect_neg
        Assert.Equal(0UL, F.BitAndUint(1, 2)); // bit_and/uint_uint_non_intersect
        Assert.Equal(1UL, F.BitAndUint(1, 3)); // bit_and/uint_uint_intersect
        Assert.Equal(3L, F.BitOrInt(1, 2)); // bit_or/int_int_positive
        Assert.Equal(-2L, F.BitOrInt(4, -2)); // bit_or/int_int_positive_negative
        Assert.Equal(3UL, F.BitOrUint(1, 2));
        Assert.Equal(2L, F.BitXorInt(1, 3)); // bit_xor/int_int_positive
        Assert.Equal(-6L, F.BitXorInt(4, -2)); // bit_xor/int_int_positive_negative
        Assert.Equal(2UL, F.BitXorUint(1, 3)); // bit_xor/uint_uint
    }

    [Fact]
    public void BitNot_complements()
    {
        Assert.Equal(-2L, F.BitNotInt(1)); // bit_not/int_positive
        Assert.Equal(-1L, F.BitNotInt(0)); // bit_not/int_zero
        Assert.Equal(18446744073709551614UL, F.BitNotUint(1)); // bit_not/uint_positive
    }

    [Fact]
    public void BitShiftLeft_shifts_and_gives_zero_from_64_on()
    {
        Same(I(4), F.BitShiftLeftInt(1, 2)); // bit_shift_left/int
        Same(I(0), F.BitShiftLeftInt(1, 200)); // bit_shift_left/int_large_shift
        Same(I(0), F.BitShiftLeftInt(-1, 200)); // bit_shift_left/int_negative_large_shift
        Same(U(4), F.BitShiftLeftUint(1, 2)); // bit_shift_left/uint
        Same(U(0), F.BitShiftLeftUint(1, 200)); // bit_shift_left/uint_large_shift
        Same(I(0), F.BitShiftLeftInt(1, 64));
        Same(I(long.MinValue), F.BitShiftLeftInt(1, 63));
        Same(U(0), F.BitShiftLeftUint(1, 64));
        Same(U(1UL << 63), F.BitShiftLeftUint(1, 63));
        Same(I(1), F.BitShiftLeftInt(1, 0));
    }

    [Fact]
    public void BitShiftRight_is_logical_and_gives_zero_from_64_on()
    {
        Same(I(256), F.BitShiftRightInt(1024, 2)); // bit_shift_right/int
        Same(I(0), F.BitShiftRightInt(-1024, 64)); // bit_shift_right/int_negative_large_shift
        Same(U(256), F.BitShiftRightUint(1024, 2)); // bit_shift_right/uint
        Same(U(0), F.BitShiftRightUint(1024, 200)); // bit_shift_right/uint_large_shift
        Same(I(2305843009213693824), F.BitShiftRightInt(-1024, 3));
        Same(I(1), F.BitShiftRightInt(-1, 63));
        Same(U(1), F.BitShiftRightUint(ulong.MaxValue, 63));
    }

    [Fact]
    public void A_negative_shift_count_is_an_error()
    {
        Error("negative offset", F.BitShiftLeftUint(1, -1)); // bit_shift_left/bad_shift
        Error("negative offset", F.BitShiftRightUint(1, -1)); // bit_shift_right/bad_shift
        Error("negative offset", F.BitShiftLeftInt(1, -1));
        Error("negative offset", F.BitShiftRightInt(1, long.MinValue));
    }
}
