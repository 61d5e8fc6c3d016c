using Policy.Runtime.Functions;
using Policy.Runtime.Values;
using T = Policy.Runtime.Types.CelType;

namespace Policy.Runtime.Library.Standard;

public sealed partial class StandardLibrary
{
    private static IEnumerable<FunctionDecl> ConversionFunctions()
    {
        yield return new("int", "Converts to int: doubles truncate toward zero, strings are parsed; out of range is an error.",
            Overload.Global<long, long>("int64_to_int64", T.Int, T.Int, Conversions.IntToInt),
            Overload.Global<ulong, CelValue>("uint64_to_int64", T.Uint, T.Int, Conversions.UintToInt),
            Overload.Global<double, CelValue>("double_to_int64", T.Double, T.Int, Conversions.DoubleToInt),
            Overload.Global<string, CelValue>("string_to_int64", T.String, T.Int, Conversions.StringToInt));
        yield return new("uint", "Converts to uint.",
            Overload.Global<ulong, ulong>("uint64_to_uint64", T.Uint, T.Uint, Conversions.UintToUint),
            Overload.Global<long, CelValue>("int64_to_uint64", T.Int, T.Uint, Conversions.IntToUint),
            Overload.Global<double, CelValue>("double_to_uint64", T.Double, T.Uint, Conversions.DoubleToUint),
            Overload.Global<string, CelValue>("string_to_uint64", T.String, T.Uint, Conversions.StringToUint));
        yield return new("double", "Converts to double.",
            Overload.Global<double, double>("double_to_double", T.Double, T.Double, Conversions.DoubleToDouble),
            Overload.Global<long, double>("int64_to_double", T.Int, T.Double, Conversions.IntToDouble),
            Overload.Global<ulong, double>("uint64_to_double", T.Uint, T.Double, Conversions.UintToDouble),
            Overload.Global<string, CelValue>("string_to_double", T.String, T.Double, Conversions.StringToDouble));
        yield return new("string", "Converts to string; bytes must be valid UTF-8.",
            Overload.Global<string, string>("string_to_string", T.String, T.String, Conversions.StringToString),
            Overload.Global<long, string>("int64_to_string", T.Int, T.String, Conversions.IntToString),
            Overload.Global<ulong, string>("uint64_to_string", T.Uint, T.String, Conversions.UintToString),
            Overload.Global<double, string>("double_to_string", T.Double, T.String, Conversions.DoubleToString),
            Overload.Global<bool, string>("bool_to_string", T.Bool, T.String, Conversions.BoolToString),
            Overload.Global<CelBytes, CelValue>("bytes_to_string", T.Bytes, T.String, Conversions.BytesToString));
        yield return new("bytes", "Converts to bytes (strings as UTF-8).",
            Overload.Global<CelBytes, CelBytes>("bytes_to_bytes", T.Bytes, T.Bytes, Conversions.BytesToBytes),
            Overload.Global<string, CelBytes>("string_to_bytes", T.String, T.Bytes, Conversions.StringToBytes));
        yield return new("bool", "Converts to bool; strings 1, t, true, True, TRUE and 0, f, false, False, FALSE.",
            Overload.Global<bool, bool>("bool_to_bool", T.Bool, T.Bool, Conversions.BoolToBool),
            Overload.Global<string, CelValue>("string_to_bool", T.String, T.Bool, Conversions.StringToBool));
        yield return new("dyn", "Marks a value as dynamically typed; returns it unchanged.",
            Overload.Global<CelValue, CelValue>("to_dyn", A, T.Dyn, Conversions.ToDyn));
        yield return new("type", "The type of a value, as a value.",
            Overload.Global<CelValue, CelValue>("type", A, T.Type(A), Conversions.TypeOf));
    }

    private static IEnumerable<FunctionDecl> TextAndSize()
    {
        yield return new("size", "The number of code points of a string, bytes of a bytes value, or entries of a list or map.",
            Overload.Global<string, long>("size_string", T.String, T.Int, TextFunctions.StringSize),
            Overload.Global<CelBytes, long>("size_bytes", T.Bytes, T.Int, TextFunctions.BytesSize),
            Overload.Global<CelList, long>("size_list", T.List(A), T.Int, TextFunctions.ListSize),
            Overload.Global<CelMap, long>("size_map", T.Map(A, B), T.Int, TextFunctions.MapSize),
            Overload.Member<string, long>("string_size", T.String, T.Int, TextFunctions.StringSize),
            Overload.Member<CelBytes, long>("bytes_size", T.Bytes, T.Int, TextFunctions.BytesSize),
            Overload.Member<CelList, long>("list_size", T.List(A), T.Int, TextFunctions.ListSize),
            Overload.Member<CelMap, long>("map_size", T.Map(A, B), T.Int, TextFunctions.MapSize));
        yield return new("contains", "Whether the string contains the substring.",
            Overload.Member<string, string, bool>("contains_string", T.String, T.String, T.Bool, TextFunctions.Contains));
        yield return new("startsWith", "Whether the string starts with the prefix.",
            Overload.Member<string, string, bool>("starts_with_string", T.String, T.String, T.Bool, TextFunctions.StartsWith));
        yield return new("matches", "Whether the string contains a match of the RE2 regular expression (use ^ and $ to match it whole).",
            Overload.Global<string, string, CelValue>("matches", T.String, T.String, T.Bool, Text.Re2Regex.Matches),
            Overload.Member<string, string, CelValue>("matches_string", T.String, T.String, T.Bool, Text.Re2Regex.Matches));
        yield return new("endsWith", "Whether the string ends with the suffix.",
            Overload.Member<string, string, bool>("ends_with_string", T.String, T.String, T.Bool, TextFunctions.EndsWith));
    }
}
