using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;
using T = Policy.Runtime.Types.CelType;

namespace Policy.Runtime.Library.Standard;

public sealed partial class StandardLibrary
{
    private static IEnumerable<FunctionDecl> Relational()
    {
        yield return new("_==_", "Equality, defined for every type; numbers compare by value across int, uint and double.",
            Overload.Global<CelValue, CelValue, bool>("equals", A, A, T.Bool, Relations.Equal));
        yield return new("_!=_", "Inequality.",
            Overload.Global<CelValue, CelValue, bool>("not_equals", A, A, T.Bool, Relations.NotEqual));

        yield return Ordering("_<_", "less", "Less than.", Relations.Less,
            (Func<long, long, bool>)Relations.LessInt, Relations.LessUint, Relations.LessDouble, Relations.LessString);
        yield return Ordering("_<=_", "less_equals", "Less than or equal.", Relations.LessEquals,
            (Func<long, long, bool>)Relations.LessEqualsInt, Relations.LessEqualsUint, Relations.LessEqualsDouble, Relations.LessEqualsString);
        yield return Ordering("_>_", "greater", "Greater than.", Relations.Greater,
            (Func<long, long, bool>)Relations.GreaterInt, Relations.GreaterUint, Relations.GreaterDouble, Relations.GreaterString);
        yield return Ordering("_>=_", "greater_equals", "Greater than or equal.", Relations.GreaterEquals,
            (Func<long, long, bool>)Relations.GreaterEqualsInt, Relations.GreaterEqualsUint, Relations.GreaterEqualsDouble, Relations.GreaterEqualsString);

        yield return new("@in", "Membership: an element of a list, or a key of a map.",
            Overload.Global<CelValue, CelValue, CelValue>("in_list", A, T.List(A), T.Bool, Relations.In),
            Overload.Global<CelValue, CelValue, CelValue>("in_map", A, T.Map(A, B), T.Bool, Relations.In));
        yield return new("_[_]", "Indexing: a list element by position, a map value by key.",
            Overload.Global<CelValue, CelValue, CelValue>("index_list", T.List(A), T.Int, A, Relations.Index),
            Overload.Global<CelValue, CelValue, CelValue>("index_map", T.Map(A, B), A, B, Relations.Index));
    }

    /// <summary>
    /// An ordering operator: typed overloads for the primitive kinds (which generated code calls
    /// directly), the generic comparison for the others, and the cross-kind numeric ones.
    /// </summary>
    private static FunctionDecl Ordering(string name, string id, string doc, Func<CelValue, CelValue, CelValue> generic,
        Func<long, long, bool> ints, Func<ulong, ulong, bool> uints, Func<double, double, bool> doubles, Func<string, string, bool> strings)
    {
        Overload Any(string suffix, CelType a, CelType b) =>
            Overload.Global<CelValue, CelValue, CelValue>($"{id}_{suffix}", a, b, T.Bool, generic);
        return new FunctionDecl(name, doc,
            Overload.Global($"{id}_int64", T.Int, T.Int, T.Bool, ints),
            Overload.Global($"{id}_uint64", T.Uint, T.Uint, T.Bool, uints),
            Overload.Global($"{id}_double", T.Double, T.Double, T.Bool, doubles),
            Overload.Global($"{id}_string", T.String, T.String, T.Bool, strings),
            Any("bool", T.Bool, T.Bool),
            Any("bytes", T.Bytes, T.Bytes),
            Any("timestamp", T.Timestamp, T.Timestamp),
            Any("duration", T.Duration, T.Duration),
            Any("int64_uint64", T.Int, T.Uint),
            Any("int64_double", T.Int, T.Double),
            Any("uint64_int64", T.Uint, T.Int),
            Any("uint64_double", T.Uint, T.Double),
            Any("double_int64", T.Double, T.Int),
            Any("double_uint64", T.Double, T.Uint));
    }
}
