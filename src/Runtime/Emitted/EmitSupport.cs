using Policy.Runtime.Evaluation;
using Policy.Runtime.Functions;
using Policy.Runtime.Library.Optional;
using Policy.Runtime.Library.Standard;
using Policy.Runtime.Network;
using Policy.Runtime.Values;

namespace Policy.Runtime.Emitted;

/// <summary>
/// Helpers that generated policy code calls. Typed arithmetic returns the CEL error (or null)
/// and writes the result to an out parameter, so a successful operation on typed inputs
/// allocates nothing; the dynamic helpers work on <see cref="CelValue"/> like the interpreter.
/// </summary>
public static partial class EmitSupport
{
    /// <summary>The shared bool values.</summary>
    public static CelValue Bool(bool b) => b ? CelBool.True : CelBool.False;

    /// <summary><c>int + int</c>.</summary>
    public static CelError? AddInt(long a, long b, out long r)
    {
        r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0 ? CelError.Overflow("addition") : null;
    }

    /// <summary><c>int - int</c>.</summary>
    public static CelError? SubtractInt(long a, long b, out long r)
    {
        r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) < 0 ? CelError.Overflow("subtraction") : null;
    }

    /// <summary><c>int * int</c>.</summary>
    public static CelError? MultiplyInt(long a, long b, out long r)
    {
        var high = Math.BigMul(a, b, out r);
        return high != (r >> 63) ? CelError.Overflow("multiplication") : null;
    }

    /// <summary><c>int / int</c>.</summary>
    public static CelError? DivideInt(long a, long b, out long r)
    {
        r = 0;
        if (b == 0) return CelError.DivideByZero(false);
        if (a == long.MinValue && b == -1) return CelError.Overflow("division");
        r = a / b;
        return null;
    }

    /// <summary><c>int % int</c>.</summary>
    public static CelError? ModuloInt(long a, long b, out long r)
    {
        r = 0;
        if (b == 0) return CelError.DivideByZero(true);
        if (a == long.MinValue && b == -1) return CelError.Overflow("modulus");
        r = a % b;
        return null;
    }

    /// <summary><c>-int</c>.</summary>
    public static CelError? NegateInt(long a, out long r)
    {
        r = unchecked(-a);
        return a == long.MinValue ? CelError.Overflow("negation") : null;
    }

    /// <summary><c>uint + uint</c>.</summary>
    public static CelError? AddUint(ulong a, ulong b, out ulong r)
    {
        r = unchecked(a + b);
        return r < a ? CelError.Overflow("addition") : null;
    }

    /// <summary><c>uint - uint</c>.</summary>
    public static CelError? SubtractUint(ulong a, ulong b, out ulong r)
    {
        r = unchecked(a - b);
        return b > a ? CelError.Overflow("subtraction") : null;
    }

    /// <summary><c>uint * uint</c>.</summary>
    public static CelError? MultiplyUint(ulong a, ulong b, out ulong r)
    {
        var high = Math.BigMul(a, b, out r);
        return high != 0 ? CelError.Overflow("multiplication") : null;
    }

    /// <summary><c>uint / uint</c>.</summary>
    public static CelError? DivideUint(ulong a, ulong b, out ulong r)
    {
        r = 0;
        if (b == 0) return CelError.DivideByZero(false);
        r = a / b;
        return null;
    }

    /// <summary><c>uint % uint</c>.</summary>
    public static CelError? ModuloUint(ulong a, ulong b, out ulong r)
    {
        r = 0;
        if (b == 0) return CelError.DivideByZero(true);
        r = a % b;
        return null;
    }

    /// <summary>Unboxes an int (the value, an error, or a type error).</summary>
    public static CelError? ToInt(CelValue v, out long r)
    {
        if (v is CelInt i) { r = i.Value; return null; }
        r = 0;
        return v as CelError ?? CelError.Of($"expected int, found {v.Type.Name}");
    }

    /// <summary>Unboxes a uint.</summary>
    public static CelError? ToUint(CelValue v, out ulong r)
    {
        if (v is CelUint u) { r = u.Value; return null; }
        r = 0;
        return v as CelError ?? CelError.Of($"expected uint, found {v.Type.Name}");
    }

    /// <summary>Unboxes a double.</summary>
    public static CelError? ToDouble(CelValue v, out double r)
    {
        if (v is CelDouble d) { r = d.Value; return null; }
        r = 0;
        return v as CelError ?? CelError.Of($"expected double, found {v.Type.Name}");
    }

    /// <summary>Unboxes a bool.</summary>
    public static CelError? ToBool(CelValue v, out bool r)
    {
        if (v is CelBool b) { r = b.Value; return null; }
        r = false;
        return v as CelError ?? CelError.NoSuchOverload("bool", v);
    }

    /// <summary>Unboxes a string.</summary>
    public static CelError? ToStr(CelValue v, out string r)
    {
        if (v is CelString s) { r = s.Value; return null; }
        r = "";
        return v as CelError ?? CelError.Of($"expected string, found {v.Type.Name}");
    }

    /// <summary>Casts a value to the kind a function's parameter takes (an error when it is another kind).</summary>
    public static CelError? As<T>(CelValue v, string function, out T r) where T : CelValue
    {
        if (v is T t) { r = t; return null; }
        r = null!;
        return v as CelError ?? CelError.NoSuchOverload(function, v);
    }

    /// <summary>Calls the first overload that accepts the arguments (for dyn arguments and several candidates).</summary>
    public static CelValue Call(string function, Overload[] overloads, CelValue[] args)
    {
        foreach (var a in args)
            if (a.IsError) return a;
        foreach (var o in overloads)
            if (o.Accepts(args)) return o.Invoke(args);
        return CelError.NoSuchOverload(function, args);
    }

    /// <summary>Reads a variable by name from the activation.</summary>
    public static CelValue Read(IActivation activation, VariableDecl variable) => variable.Read(activation);

    /// <summary>An unchecked, possibly qualified name: the longest prefix the activation knows, then field selection.</summary>
    public static CelValue Attribute(IActivation activation, string[][] names, string[][] fields, CelValue? typeValue, string display)
    {
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                if (!activation.TryResolve(name, out var value)) continue;
                foreach (var f in fields[i])
                {
                    if (value.IsError) break;
                    value = Relations.SelectField(value, f);
                }
                return value;
            }
        }
        return typeValue ?? CelError.NoSuchAttribute(display);
    }

    /// <summary>Field selection, optional-aware.</summary>
    public static CelValue Select(CelValue operand, string field) => operand switch
    {
        CelError => operand,
        CelOptional o => OptionalFunctions.SelectOnOptional(o, field),
        _ => Relations.SelectField(operand, field),
    };

    /// <summary><c>has()</c>, optional-aware.</summary>
    public static CelValue Has(CelValue operand, string field) => operand switch
    {
        CelError => operand,
        CelOptional o => OptionalFunctions.HasOnOptional(o, field),
        _ => Relations.HasField(operand, field),
    };

    /// <summary><c>x.?f</c>.</summary>
    public static CelValue OptSelect(CelValue operand, string field) =>
        operand.IsError ? operand : OptionalFunctions.SelectOptional(operand, field);

    /// <summary>A list literal; entries flagged optional are included only when present.</summary>
    public static CelValue List(CelValue[] items, bool[]? optional)
    {
        var values = new List<CelValue>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var v = items[i];
            if (v.IsError) return v;
            if (optional is not null && optional[i])
            {
                if (v is not CelOptional o) return CelError.Of($"optional list element must be an optional value, found {v.Type.Name}");
                if (!o.HasValue) continue;
                v = o.Value;
            }
            values.Add(v);
        }
        return CelList.Wrap([.. values]);
    }

    /// <summary>A map literal; entries flagged optional are included only when the value is present.</summary>
    public static CelValue Map(CelValue[] keys, CelValue[] values, bool[]? optional)
    {
        var ks = new List<CelValue>(keys.Length);
        var vs = new List<CelValue>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].IsError) return keys[i];
            var v = values[i];
            if (v.IsError) return v;
            if (optional is not null && optional[i])
            {
                if (v is not CelOptional o) return CelError.Of($"optional map entry must be an optional value, found {v.Type.Name}");
                if (!o.HasValue) continue;
                v = o.Value;
            }
            ks.Add(keys[i]);
            vs.Add(v);
        }
        return CelMap.Create(ks, vs);
    }

    /// <summary>The loop condition of all/exists.</summary>
    public static bool NotStrictlyFalse(CelValue v) => Logic.NotStrictlyFalse(v);

    /// <summary>The condition of <c>?:</c> when it is not a typed bool.</summary>
    public static CelError? Condition(CelValue v, out bool r)
    {
        if (v is CelBool b) { r = b.Value; return null; }
        r = false;
        return v as CelError ?? CelError.NoSuchOverload("_?_:_", v);
    }

    /// <summary>A set of CIDR ranges from constant text; invalid entries are skipped (as inCidrRanges ignores them).</summary>
    public static CidrSet CidrSetOf(params string[] cidrs)
    {
        var builder = new CidrSetBuilder();
        foreach (var c in cidrs) builder.TryAdd(c);
        return builder.Build();
    }

    /// <summary><c>matches</c> with a pattern prepared at load time (an error when the pattern could not be built).</summary>
    public static CelError? Match(Text.Re2Pattern pattern, string text, out bool r)
    {
        r = pattern.IsValid && pattern.IsMatch(text);
        return pattern.IsValid ? null : CelError.Of($"invalid regular expression: {pattern.Error}");
    }

    /// <summary>A range that cannot be iterated.</summary>
    public static CelValue NotIterable(CelValue range) =>
        range as CelError ?? CelError.Of($"cannot iterate over a value of type '{range.Type.Name}'");
}
