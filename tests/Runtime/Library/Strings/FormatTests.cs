using Policy.Runtime.Library.Strings;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using static Policy.Runtime.Tests.Library.Strings.Cel;

namespace Policy.Runtime.Tests.Library.Strings;

// The first group mirrors the "format" section of string_ext.textproto, case by case.
public class FormatTests
{
    private static string Format(string format, params CelValue[] args) => AsText(StringFunctions.Format(format, List(args)));

    private static string FormatError(string format, params CelValue[] args) => AsError(StringFunctions.Format(format, List(args)));

    private static CelDouble D(double d) => CelDouble.Of(d);

    private static CelInt I(long i) => CelInt.Of(i);

    private static CelUint U(ulong u) => CelUint.Of(u);

    [Fact]
    public void Percent_escapes_around_substitutions()
    {
        Assert.Equal("%text%", Format("%%%s%%", Str("text")));
        Assert.Equal("percent on the right%", Format("%s%%", Str("percent on the right")));
        Assert.Equal("%escaped percent%", Format("%%escaped %s%%", Str("percent")));
    }

    [Fact]
    public void Binary_octal_and_hex_clauses()
    {
        Assert.Equal("bit set from bool: 1", Format("bit set from bool: %b", CelBool.True));
        Assert.Equal("13", Format("%o", I(11)));
        Assert.Equal("this is an unsigned octal: 177777", Format("this is an unsigned octal: %o", U(65535)));
        Assert.Equal("1e is 20 in hexadecimal", Format("%x is 20 in hexadecimal", I(30)));
        Assert.Equal("1770 is 6000 in hexadecimal", Format("%X is 6000 in hexadecimal", U(6000)));
        Assert.Equal("48656c6c6f20776f726c6421", Format("%x", Str("Hello world!")));
        Assert.Equal("6279746520737472696e67", Format("%x", CelBytes.FromString("byte string")));
        Assert.Equal("6279746520737472696E67", Format("%X", CelBytes.FromString("byte string")));
        Assert.Equal("16", Format("%x", I(22)));
        Assert.Equal("1A", Format("%X", I(26)));
        Assert.Equal("101", Format("%b", I(5)));
    }

    [Fact]
    public void Fixed_and_scientific_defaults()
    {
        Assert.Equal("2.000000", Format("%f", I(2)));
        Assert.Equal("3.000000", Format("%f", U(3)));
        Assert.Equal("2.000000e+00", Format("%e", I(2)));
        Assert.Equal("2.718280e+00", Format("%e", D(2.71828)));
        Assert.Equal("2.718280", Format("%f", D(2.71828)));
    }

    [Fact]
    public void NaN_and_infinities_are_spelled_out()
    {
        Assert.Equal("NaN", Format("%e", D(double.NaN)));
        Assert.Equal("-Infinity", Format("%e", D(double.NegativeInfinity)));
        Assert.Equal("NaN", Format("%d", D(double.NaN)));
        Assert.Equal("Infinity", Format("%d", D(double.PositiveInfinity)));
        Assert.Equal("-Infinity", Format("%d", D(double.NegativeInfinity)));
        Assert.Equal("NaN", Format("%f", D(double.NaN)));
        Assert.Equal("Infinity", Format("%s", D(double.PositiveInfinity)));
    }

    [Fact]
    public void String_clause_on_scalars()
    {
        Assert.Equal("64", Format("%d", U(64)));
        Assert.Equal("256", Format("%d", U(256)));
        Assert.Equal("null", Format("%s", CelNull.Instance));
        Assert.Equal("999999999999", Format("%s", I(999999999999)));
        Assert.Equal("xyz", Format("%s", CelBytes.FromString("xyz")));
        Assert.Equal("string", Format("%s", CelTypeValue.Of(CelType.String)));
        Assert.Equal("2023-02-03T23:31:20Z", Format("%s", Timestamp("2023-02-03T23:31:20+00:00")));
        Assert.Equal("true, false", Format("%s, %s", CelBool.True, CelBool.False));
        Assert.Equal("8747s", Format("%s", Seconds(8747)));
    }

    [Fact]
    public void String_clause_on_a_map_sorts_entries_and_does_not_quote()
    {
        var map = Map(
            (Str("key1"), CelBytes.FromString("xyz")),
            (Str("key5"), CelNull.Instance),
            (Str("key2"), Seconds(7200)),
            (Str("key4"), CelBool.True),
            (Str("key3"), D(2.71828)));
        Assert.Equal("{key1: xyz, key2: 7200s, key3: 2.71828, key4: true, key5: null}", Format("%s", map));
    }

    [Fact]
    public void String_clause_on_a_list()
    {
        Assert.Equal("[6, 4.2, a string]", Format("%s", List(I(6), D(4.2), Str("a string"))));
    }

    [Fact]
    public void Many_substitutions()
    {
        var args = new CelValue[] { I(1), I(2), I(3), Str("A"), Str("B"), Str("C"), I(4), I(5), I(6), Str("D"), Str("E"), Str("F") };
        Assert.Equal("1 2 3, A B C, 4 5 6, D E F", Format("%d %d %d, %s %s %s, %d %d %d, %s %s %s", args));
    }

    [Theory]
    [InlineData("%.0f", 123.000000, "123")]
    [InlineData("%.0f", 3.5001, "4")]
    [InlineData("%.0f", 3.4999, "3")]
    [InlineData("%.0f", 1.5, "2")]
    [InlineData("%.3f", 123.4999, "123.500")]
    [InlineData("%.3f", 123.4994, "123.499")]
    [InlineData("%.3f", -123.4999, "-123.500")]
    [InlineData("%.3f", -123.4994, "-123.499")]
    [InlineData("%.5f", -1.2, "-1.20000")]
    public void Fixed_precision_conformance_cases(string format, double value, string expected)
    {
        Assert.Equal(expected, Format(format, D(value)));
    }

    [Theory]
    [InlineData("%.0f", 2.5, "2")]
    [InlineData("%.0f", 0.5, "0")]
    [InlineData("%.0f", -0.5, "-0")]
    [InlineData("%.2f", 0.125, "0.12")]
    [InlineData("%.2f", 0.375, "0.38")]
    [InlineData("%.1f", 0.05, "0.1")]
    [InlineData("%.2f", -0.001, "-0.00")]
    [InlineData("%f", 1e20, "100000000000000000000.000000")]
    [InlineData("%f", 5e-324, "0.000000")]
    [InlineData("%.3f", 0.0, "0.000")]
    [InlineData("%.20f", 0.1, "0.10000000000000000555")]
    public void Fixed_rounds_the_exact_value_half_to_even(string format, double value, string expected)
    {
        Assert.Equal(expected, Format(format, D(value)));
    }

    [Theory]
    [InlineData("%e", 0.0, "0.000000e+00")]
    [InlineData("%e", -0.0, "-0.000000e+00")]
    [InlineData("%e", 123456.0, "1.234560e+05")]
    [InlineData("%e", 1e100, "1.000000e+100")]
    [InlineData("%e", 1.5e-300, "1.500000e-300")]
    [InlineData("%e", 9.9999999, "1.000000e+01")]
    [InlineData("%e", -0.00012345, "-1.234500e-04")]
    [InlineData("%.0e", 2.5, "2e+00")]
    [InlineData("%.0e", 15.0, "2e+01")]
    [InlineData("%.2e", 1000.0, "1.00e+03")]
    [InlineData("%e", 5e-324, "4.940656e-324")]
    [InlineData("%e", 1.7976931348623157e308, "1.797693e+308")]
    public void Scientific_notation(string format, double value, string expected)
    {
        Assert.Equal(expected, Format(format, D(value)));
    }

    [Fact]
    public void Large_unsigned_values_convert_to_double_for_fixed()
    {
        Assert.Equal("18446744073709551616.000000", Format("%f", U(ulong.MaxValue)));
        Assert.Equal("-9.223372e+18", Format("%e", I(long.MinValue)));
    }

    [Theory]
    [InlineData(100.0, "100")]
    [InlineData(4.2, "4.2")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1.5e-7, "0.00000015")]
    [InlineData(-0.0, "-0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-4.5e-3, "-0.0045")]
    [InlineData(123456789.125, "123456789.125")]
    public void Doubles_in_the_string_clause_use_shortest_digits_without_exponent(double value, string expected)
    {
        Assert.Equal(expected, Format("%s", D(value)));
        Assert.Equal(expected, Format("%d", D(value)));
    }

    [Fact]
    public void Negative_ints_in_other_bases_get_a_minus_sign()
    {
        Assert.Equal("-1e", Format("%x", I(-30)));
        Assert.Equal("-101", Format("%b", I(-5)));
        Assert.Equal("-17", Format("%o", I(-15)));
        Assert.Equal("-8000000000000000", Format("%x", I(long.MinValue)));
        Assert.Equal("ffffffffffffffff", Format("%x", U(ulong.MaxValue)));
        Assert.Equal("0", Format("%b", CelBool.False));
        Assert.Equal("0", Format("%x", I(0)));
    }

    [Fact]
    public void Hex_of_a_string_encodes_its_utf8_bytes()
    {
        Assert.Equal("c3bf", Format("%x", Str("ÿ")));
        Assert.Equal("F09F9880", Format("%X", Str("😀")));
        Assert.Equal("", Format("%x", Str("")));
    }

    [Fact]
    public void Durations_print_as_seconds()
    {
        Assert.Equal("1.5s", Format("%s", Seconds(1.5)));
        Assert.Equal("-1.5s", Format("%s", Seconds(-1.5)));
        Assert.Equal("0.000000001s", Format("%s", CelDuration.Of(1)));
        Assert.Equal("0s", Format("%s", CelDuration.Of(0)));
        Assert.Equal("6347s", Format("%s", Seconds(6347)));
    }

    [Fact]
    public void Timestamps_print_in_utc_with_trimmed_fraction()
    {
        var seconds = Timestamp("2023-02-03T23:31:20Z").Seconds;
        Assert.Equal("2023-02-03T23:31:20.5Z", Format("%s", CelTimestamp.Create(seconds, 500_000_000)));
        Assert.Equal("2023-02-03T23:31:20.123456789Z", Format("%s", CelTimestamp.Create(seconds, 123_456_789)));
        Assert.Equal("0001-01-01T00:00:00Z", Format("%s", CelTimestamp.Create(CelTimestamp.MinSeconds, 0)));
    }

    [Fact]
    public void Nested_lists_and_maps()
    {
        var inner = Map((Str("b"), Str("y")), (Str("a"), Str("x")));
        Assert.Equal("[1, [2, 3], {a: x, b: y}, null, int]",
            Format("%s", List(I(1), List(I(2), I(3)), inner, CelNull.Instance, CelTypeValue.Of(CelType.Int))));
        Assert.Equal("[]", Format("%s", CelList.Empty));
        Assert.Equal("{}", Format("%s", CelMap.Empty));
    }

    [Fact]
    public void Map_keys_sort_by_their_text()
    {
        var map = Map((I(2), Str("c")), (I(10), Str("b")), (I(1), Str("a")));
        Assert.Equal("{1: a, 10: b, 2: c}", Format("%s", map));
        Assert.Equal("{false: 0, true: 1}", Format("%s", Map((CelBool.True, I(1)), (CelBool.False, I(0)))));
    }

    [Fact]
    public void Text_around_clauses_is_kept_including_non_ascii()
    {
        Assert.Equal("ü 1 😀 2 é", Format("ü %d 😀 %d é", I(1), I(2)));
        Assert.Equal("no clauses", Format("no clauses"));
        Assert.Equal("", Format(""));
        Assert.Equal("100%", Format("100%%"));
    }

    [Fact]
    public void Precision_is_accepted_on_every_clause_and_used_by_f_and_e()
    {
        Assert.Equal("abc", Format("%.2s", Str("abc")));
        Assert.Equal("3.14", Format("%.2f", D(3.14159)));
        Assert.Equal("3.1e+00", Format("%.1e", D(3.14159)));
        Assert.Equal("3", Format("%.0f", I(3)));
    }

    [Fact]
    public void Unused_arguments_are_ignored_at_run_time()
    {
        Assert.Equal("a", Format("%s", Str("a"), Str("b")));
    }

    [Fact]
    public void Unknown_clauses_are_errors()
    {
        Assert.Equal("could not parse formatting clause: unrecognized formatting clause \"a\"", FormatError("%a", I(1)));
        Assert.Equal("could not parse formatting clause: unrecognized formatting clause \"E\"", FormatError("double is %E", D(0.5)));
        Assert.Equal("could not parse formatting clause: unrecognized formatting clause \"😀\"", FormatError("%😀", I(1)));
    }

    [Fact]
    public void Missing_arguments_are_errors()
    {
        Assert.Equal("index 2 out of range", FormatError("%d %d %d", I(0), I(1)));
        Assert.Equal("index 0 out of range", FormatError("%s"));
        Assert.Equal("index 0 out of range", FormatError("trailing %"));
        Assert.Equal("unexpected end of string", FormatError("trailing %", I(1)));
    }

    [Fact]
    public void Bad_precisions_are_errors()
    {
        Assert.Equal("could not parse formatting clause: error while parsing precision: could not find end of precision specifier", FormatError("%.3", D(1)));
        Assert.StartsWith("could not parse formatting clause: error while parsing precision:", FormatError("%.f", D(1)));
        Assert.StartsWith("could not parse formatting clause: error while parsing precision:", FormatError("%.99999999999f", D(1)));
        Assert.StartsWith("could not parse formatting clause: error while parsing precision: precision 501", FormatError("%.501f", D(1)));
        Assert.Equal(502, Format("%.500f", D(1)).Length);
    }

    [Fact]
    public void Wrong_argument_types_are_errors()
    {
        Assert.Equal("error during formatting: decimal clause can only be used on integers, was given google.protobuf.Duration",
            FormatError("%d", CelDuration.Of(1_802_000_000_000)));
        Assert.Equal("error during formatting: octal clause can only be used on integers, was given string",
            FormatError("octal: %o", Str("a string")));
        Assert.Equal("error during formatting: only integers, byte buffers, and strings can be formatted as hex, was given double",
            FormatError("double is %x", D(0.5)));
        Assert.Equal("error during formatting: only integers and bools can be formatted as binary, was given double",
            FormatError("%b", D(0.5)));
    }

    [Theory]
    [InlineData("null: %d", "decimal clause can only be used on integers")]
    [InlineData("null: %e", "scientific clause can only be used on doubles")]
    [InlineData("null: %f", "fixed-point clause can only be used on doubles")]
    [InlineData("null: %x", "only integers, byte buffers, and strings can be formatted as hex")]
    [InlineData("null: %X", "only integers, byte buffers, and strings can be formatted as hex")]
    [InlineData("null: %b", "only integers and bools can be formatted as binary")]
    [InlineData("null: %o", "octal clause can only be used on integers")]
    public void Null_is_only_allowed_in_the_string_clause(string format, string message)
    {
        Assert.Equal($"error during formatting: {message}, was given null_type", FormatError(format, CelNull.Instance));
    }

    [Fact]
    public void Unsupported_values_inside_a_map_are_errors()
    {
        // The conformance case uses a protobuf message; an optional value is another kind %s cannot print.
        var map = Map((I(1), Str("a")), (I(2), CelOptional.None));
        Assert.Equal("error during formatting: string clause can only be used on strings, bools, bytes, ints, doubles, maps, lists, types, durations, and timestamps, was given optional_type",
            FormatError("%s", map));
    }
}
