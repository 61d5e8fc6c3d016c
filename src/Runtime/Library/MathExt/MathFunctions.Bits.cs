using Policy.Runtime.Values;

namespace Policy.Runtime.Library.MathExt;

public static partial class MathFunctions
{
    /// <summary><c>math.bitAnd(int, int)</c>.</summary>
    public static long BitAndInt(long a, long b) => a & b;

    /// <summary><c>math.bitAnd(uint, uint)</c>.</summary>
    public static ulong BitAndUint(ulong a, ulong b) => a & b;

    /// <summary><c>math.bitOr(int, int)</c>.</summary>
    public static long BitOrInt(long a, long b) => a | b;

    /// <summary><c>math.bitOr(uint, uint)</c>.</summary>
    public static ulong BitOrUint(ulong a, ulong b) => a | b;

    /// <summary><c>math.bitXor(int, int)</c>.</summary>
    public static long BitXorInt(long a, long b) => a ^ b;

    /// <summary><c>math.bitXor(uint, uint)</c>.</summary>
    public static ulong BitXorUint(ulong a, ulong b) => a ^ b;

    /// <summary><c>math.bitNot(int)</c>: the two's complement inversion.</summary>
    public static long BitNotInt(long value) => ~value;

    /// <summary><c>math.bitNot(uint)</c>.</summary>
    public static ulong BitNotUint(ulong value) => ~value;

    // C# masks a shift count to its low six bits (x << 64 == x), while CEL shifts every bit out,
    // so counts of 64 or more are answered before the shift.

    /// <summary>
    /// <c>math.bitShiftLeft(int, int)</c>: 0 for a count of 64 or more; an error for a negative count.
    /// </summary>
    public static CelValue BitShiftLeftInt(long value, long count) =>
        count < 0 ? NegativeOffset("math.bitShiftLeft", count) : CelInt.Of(count >= 64 ? 0 : value << (int)count);

    /// <summary>
    /// <c>math.bitShiftLeft(uint, int)</c>: 0 for a count of 64 or more; an error for a negative count.
    /// </summary>
    public static CelValue BitShiftLeftUint(ulong value, long count) =>
        count < 0 ? NegativeOffset("math.bitShiftLeft", count) : CelUint.Of(count >= 64 ? 0 : value << (int)count);

    /// <summary>
    /// <c>math.bitShiftRight(int, int)</c>: a logical shift (zeros enter from the left, so a
    /// negative value becomes non-negative); 0 for a count of 64 or more; an error for a
    /// negative count.
    /// </summary>
    public static CelValue BitShiftRightInt(long value, long count) =>
        count < 0 ? NegativeOffset("math.bitShiftRight", count) : CelInt.Of(count >= 64 ? 0 : value >>> (int)count);

    /// <summary>
    /// <c>math.bitShiftRight(uint, int)</c>: 0 for a count of 64 or more; an error for a negative count.
    /// </summary>
    public static CelValue BitShiftRightUint(ulong value, long count) =>
        count < 0 ? NegativeOffset("math.bitShiftRight", count) : CelUint.Of(count >= 64 ? 0 : value >> (int)count);

    private static CelError NegativeOffset(string function, long count) =>
        CelError.Of($"{function}: negative offset {count}");
}
