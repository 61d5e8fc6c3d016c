using Policy.Runtime.Emitted;
using Policy.Runtime.Library.Standard;
using Policy.Runtime.Values;

namespace Policy.Runtime.Tests.Library.Standard;

/// <summary>
/// <c>int % int</c> in both the interpreter's overload and the generated code's helper: the sign
/// follows the dividend, zero divisors and the single unrepresentable quotient are errors.
/// </summary>
public class IntegerRemainderTests
{
    [Theory]
    [InlineData(17L, 5L, 2L)]
    [InlineData(-17L, 5L, -2L)]
    [InlineData(17L, -5L, 2L)]
    [InlineData(-17L, -5L, -2L)]
    [InlineData(123L, -1L, 0L)]
    [InlineData(long.MinValue, 2L, 0L)]
    [InlineData(long.MinValue, long.MaxValue, -1L)]
    [InlineData(long.MaxValue, long.MinValue, long.MaxValue)]
    public void Remainder_takes_the_sign_of_the_dividend(long a, long b, long expected)
    {
        Assert.Equal(expected, Assert.IsType<CelInt>(Arithmetic.ModuloInt(a, b)).Value);
        Assert.Null(EmitSupport.ModuloInt(a, b, out var r));
        Assert.Equal(expected, r);
    }

    [Fact]
    public void Smallest_int_modulo_minus_one_is_an_overflow_error()
    {
        var interpreted = Arithmetic.ModuloInt(long.MinValue, -1);
        Assert.True(interpreted.IsError);
        Assert.Contains("overflow", ((CelError)interpreted).Message);

        var emitted = EmitSupport.ModuloInt(long.MinValue, -1, out _);
        Assert.NotNull(emitted);
        Assert.Contains("overflow", emitted.Message);
    }

    [Fact]
    public void Modulo_by_zero_is_an_error_in_both_paths()
    {
        Assert.True(Arithmetic.ModuloInt(9, 0).IsError);
        Assert.NotNull(EmitSupport.ModuloInt(9, 0, out _));
    }
}
