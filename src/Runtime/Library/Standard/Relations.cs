using Policy.Runtime.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Standard;

/// <summary>Equality, ordering, membership and indexing.</summary>
public static class Relations
{
    /// <summary>
    /// CEL <c>==</c>: heterogeneous (numbers compare by value across kinds; values of other
    /// different kinds are simply unequal).
    /// </summary>
    public static bool Equal(CelValue a, CelValue b) => a.CelEquals(b);

    /// <summary>CEL <c>!=</c>.</summary>
    public static bool NotEqual(CelValue a, CelValue b) => !a.CelEquals(b);

    /// <summary>
    /// Orders two values for <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>:
    /// <paramref name="test"/> maps the comparison's sign to the answer. Unorderable pairs are
    /// errors, except a NaN operand, which makes every ordering false.
    /// </summary>
    private static CelValue Order(string op, CelValue a, CelValue b, Func<int, bool> test)
    {
        var c = a.CompareTo(b);
        if (c is { } v) return CelBool.Of(test(v));
        // Numbers without an order involve a NaN: every ordering is false, as in IEEE 754.
        return IsNumber(a) && IsNumber(b) ? CelBool.False : CelError.NoSuchOverload(op, a, b);
    }

    private static bool IsNumber(CelValue v) => v.Kind is CelKind.Int or CelKind.Uint or CelKind.Double;

    /// <summary><c>a &lt; b</c> for any orderable pair.</summary>
    public static CelValue Less(CelValue a, CelValue b) => Order("_<_", a, b, c => c < 0);
    /// <summary><c>a &lt;= b</c> for any orderable pair.</summary>
    public static CelValue LessEquals(CelValue a, CelValue b) => Order("_<=_", a, b, c => c <= 0);
    /// <summary><c>a &gt; b</c> for any orderable pair.</summary>
    public static CelValue Greater(CelValue a, CelValue b) => Order("_>_", a, b, c => c > 0);
    /// <summary><c>a &gt;= b</c> for any orderable pair.</summary>
    public static CelValue GreaterEquals(CelValue a, CelValue b) => Order("_>=_", a, b, c => c >= 0);

    /// <summary><c>int &lt; int</c>.</summary>
    public static bool LessInt(long a, long b) => a < b;
    /// <summary><c>int &lt;= int</c>.</summary>
    public static bool LessEqualsInt(long a, long b) => a <= b;
    /// <summary><c>int &gt; int</c>.</summary>
    public static bool GreaterInt(long a, long b) => a > b;
    /// <summary><c>int &gt;= int</c>.</summary>
    public static bool GreaterEqualsInt(long a, long b) => a >= b;
    /// <summary><c>uint &lt; uint</c>.</summary>
    public static bool LessUint(ulong a, ulong b) => a < b;
    /// <summary><c>uint &lt;= uint</c>.</summary>
    public static bool LessEqualsUint(ulong a, ulong b) => a <= b;
    /// <summary><c>uint &gt; uint</c>.</summary>
    public static bool GreaterUint(ulong a, ulong b) => a > b;
    /// <summary><c>uint &gt;= uint</c>.</summary>
    public static bool GreaterEqualsUint(ulong a, ulong b) => a >= b;
    /// <summary><c>double &lt; double</c>.</summary>
    public static bool LessDouble(double a, double b) => a < b;
    /// <summary><c>double &lt;= double</c>.</summary>
    public static bool LessEqualsDouble(double a, double b) => a <= b;
    /// <summary><c>double &gt; double</c>.</summary>
    public static bool GreaterDouble(double a, double b) => a > b;
    /// <summary><c>double &gt;= double</c>.</summary>
    public static bool GreaterEqualsDouble(double a, double b) => a >= b;
    /// <summary><c>string &lt; string</c> by code point.</summary>
    public static bool LessString(string a, string b) => CodePoints.Compare(a, b) < 0;
    /// <summary><c>string &lt;= string</c>.</summary>
    public static bool LessEqualsString(string a, string b) => CodePoints.Compare(a, b) <= 0;
    /// <summary><c>string &gt; string</c>.</summary>
    public static bool GreaterString(string a, string b) => CodePoints.Compare(a, b) > 0;
    /// <summary><c>string &gt;= string</c>.</summary>
    public static bool GreaterEqualsString(string a, string b) => CodePoints.Compare(a, b) >= 0;

    /// <summary><c>value in list</c> (CEL equality) or <c>key in map</c>.</summary>
    public static CelValue In(CelValue value, CelValue container) => container switch
    {
        CelList l => CelBool.Of(l.Contains(value)),
        CelMap m => CelBool.Of((CelMap.IsValidKey(value) || value.Kind == CelKind.Double) && m.ContainsKey(value)),
        _ => CelError.NoSuchOverload("@in", value, container),
    };

    /// <summary><c>string in list(string)</c>.</summary>
    public static bool InStringList(string value, CelList list)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] is CelString s && s.Value == value) return true;
        return false;
    }

    /// <summary>
    /// <c>list[i]</c> and <c>map[k]</c>. A list index may be an int, a uint or a whole-number
    /// double (reached through dyn); a missing map key is an error.
    /// </summary>
    public static CelValue Index(CelValue container, CelValue index)
    {
        switch (container)
        {
            case CelList list:
                if (index.Kind is not (CelKind.Int or CelKind.Uint or CelKind.Double))
                    return CelError.NoSuchOverload("_[_]", container, index);
                if (!Numbers.TryGetInt64(index, out var i))
                    return CelError.Of($"invalid list index: {index}");
                return i < 0 || i >= list.Count ? CelError.IndexOutOfRange(i, list.Count) : list[(int)i];
            case CelMap map:
                if (!CelMap.IsValidKey(index) && index.Kind != CelKind.Double)
                    return CelError.UnsupportedKeyType(index);
                return map.TryGetValue(index, out var v) ? v : CelError.NoSuchKey(index);
            default:
                return CelError.NoSuchOverload("_[_]", container, index);
        }
    }

    /// <summary><c>map.field</c>: selection of a string key.</summary>
    public static CelValue SelectField(CelValue operand, string field) => operand switch
    {
        CelMap map => map.TryGetValue(CelString.Of(field), out var v) ? v : CelError.NoSuchKey(CelString.Of(field)),
        _ => CelError.Of($"type '{operand.Type.Name}' does not support field selection"),
    };

    /// <summary><c>has(map.field)</c>.</summary>
    public static CelValue HasField(CelValue operand, string field) => operand switch
    {
        CelMap map => CelBool.Of(map.ContainsKey(CelString.Of(field))),
        _ => CelError.Of($"type '{operand.Type.Name}' does not support field selection"),
    };
}
