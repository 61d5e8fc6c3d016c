using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

public static partial class NgrokFunctions
{
    /// <summary><c>rand.double()</c>: a uniformly distributed double in [0, 1).</summary>
    public static double RandDouble() => Random.Shared.NextDouble();

    /// <summary><c>rand.int()</c>: 0 or 1, as <c>rand.int(0, 1)</c> (ngrok's documented defaults).</summary>
    public static long RandInt() => Random.Shared.Next(2);

    /// <summary>
    /// <c>rand.int(min, max)</c>: a uniformly distributed integer in [min, max], both ends
    /// included (ngrok's <c>rand.int() == 1</c> example needs the upper end to be reachable).
    /// ngrok supports only non-negative bounds; a negative bound or min greater than max is an error.
    /// </summary>
    public static CelValue RandInt(long min, long max)
    {
        if (min < 0 || max < 0) return CelError.Of($"rand.int: bounds must not be negative, got ({min}, {max})");
        if (min > max) return CelError.Of($"rand.int: min {min} is greater than max {max}");
        // Both bounds are non-negative, so max - min cannot overflow; only [0, long.MaxValue]
        // is one wider than NextInt64's exclusive bound allows.
        var span = max - min;
        if (span == long.MaxValue)
        {
            Span<byte> bytes = stackalloc byte[8];
            Random.Shared.NextBytes(bytes);
            return CelInt.Of(BitConverter.ToInt64(bytes) & long.MaxValue);
        }
        return CelInt.Of(min + Random.Shared.NextInt64(span + 1));
    }
}
