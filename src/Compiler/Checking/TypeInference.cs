using Policy.Runtime.Types;

namespace Policy.Compiler.Checking;

/// <summary>
/// Type-parameter substitution and assignability, as CEL's checker defines them: a type
/// parameter binds to the first type it meets and widens to the more general type later;
/// <c>dyn</c> is assignable both ways; <c>null</c> is assignable to the nullable kinds.
/// </summary>
internal sealed class TypeInference
{
    private Dictionary<string, CelType> _bindings = [];
    private int _fresh;

    /// <summary>A type parameter no one has used.</summary>
    public CelType NewTypeVar() => CelType.Param("_var" + _fresh++);

    /// <summary>Replaces an overload's type parameters with fresh ones.</summary>
    public CelType Instantiate(CelType t, Dictionary<string, CelType> renames)
    {
        if (t.Kind == TypeKind.TypeParam)
        {
            if (!renames.TryGetValue(t.Name, out var fresh)) renames[t.Name] = fresh = NewTypeVar();
            return fresh;
        }
        return t.Parameters.IsEmpty ? t : t.WithParameters([.. t.Parameters.Select(p => Instantiate(p, renames))]);
    }

    /// <summary>
    /// Whether a value of type <paramref name="t1"/> fits where <paramref name="t2"/> is expected
    /// (or the other way round: the relation is symmetric apart from the bindings it makes). On
    /// success the bindings it needed are kept; on failure nothing changes.
    /// </summary>
    public bool IsAssignable(CelType t1, CelType t2)
    {
        var saved = new Dictionary<string, CelType>(_bindings);
        if (Assignable(t1, t2)) return true;
        _bindings = saved;
        return false;
    }

    /// <summary>Like <see cref="IsAssignable"/> for argument lists.</summary>
    public bool IsAssignableList(IReadOnlyList<CelType> t1, IReadOnlyList<CelType> t2)
    {
        var saved = new Dictionary<string, CelType>(_bindings);
        if (t1.Count == t2.Count && AssignableList(t1, t2)) return true;
        _bindings = saved;
        return false;
    }

    /// <summary>The type with every bound parameter replaced; unbound ones become dyn when <paramref name="paramsToDyn"/>.</summary>
    public CelType Substitute(CelType t, bool paramsToDyn = false)
    {
        if (t.Kind == TypeKind.TypeParam && _bindings.TryGetValue(t.Name, out var bound)) return Substitute(bound, paramsToDyn);
        if (t.Kind == TypeKind.TypeParam) return paramsToDyn ? CelType.Dyn : t;
        return t.Parameters.IsEmpty ? t : t.WithParameters([.. t.Parameters.Select(p => Substitute(p, paramsToDyn))]);
    }

    /// <summary>Of two compatible types, the one that accepts more (dyn over int, list(dyn) over list(int)).</summary>
    public static CelType MostGeneral(CelType t1, CelType t2)
    {
        if (t1.Kind == TypeKind.Null) return t2;
        if (t2.Kind == TypeKind.Null) return t1;
        return IsEqualOrLessSpecific(t1, t2) ? t1 : t2;
    }

    private static bool IsEqualOrLessSpecific(CelType t1, CelType t2)
    {
        if (t1.IsDynOrParam) return true;
        if (t2.IsDynOrParam) return false;
        if (t1.Kind != t2.Kind) return false;
        return t1.Kind switch
        {
            TypeKind.Opaque or TypeKind.List or TypeKind.Map =>
                t1.Parameters.Length == t2.Parameters.Length && t1.Parameters.Zip(t2.Parameters).All(p => IsEqualOrLessSpecific(p.First, p.Second)),
            // A type is a type: its parameter plays no part in assignability (see Assignable), nor here.
            _ => true,
        };
    }

    private bool AssignableList(IReadOnlyList<CelType> t1, IReadOnlyList<CelType> t2)
    {
        for (var i = 0; i < t1.Count; i++)
            if (!Assignable(t1[i], t2[i])) return false;
        return true;
    }

    private bool Assignable(CelType t1, CelType t2)
    {
        if (t1.Equals(t2)) return true;
        if (t2.Kind == TypeKind.TypeParam)
        {
            var (valid, hasBinding) = IsValidSubstitution(t1, t2);
            if (valid) return true;
            if (hasBinding) return false;
        }
        if (t1.Kind == TypeKind.TypeParam) return IsValidSubstitution(t2, t1).Valid;
        if (t1.Kind is TypeKind.Dyn or TypeKind.Error || t2.Kind is TypeKind.Dyn or TypeKind.Error) return true;
        if (t1.Kind == TypeKind.Null) return IsNullable(t2);
        if (t2.Kind == TypeKind.Null) return IsNullable(t1);
        return t1.Kind switch
        {
            TypeKind.Type => t2.Kind == TypeKind.Type,
            TypeKind.Opaque or TypeKind.List or TypeKind.Map =>
                t1.Kind == t2.Kind && t1.Name == t2.Name && t1.Parameters.Length == t2.Parameters.Length && AssignableList(t1.Parameters, t2.Parameters),
            _ => t1.Kind == t2.Kind && t1.Name == t2.Name,
        };
    }

    /// <summary>Kinds that accept null (as the checker's legacy rules allow).</summary>
    private static bool IsNullable(CelType t) => t.Kind is TypeKind.Opaque or TypeKind.Message or TypeKind.Timestamp or TypeKind.Duration;

    /// <summary>Whether <paramref name="t1"/> can stand for the type parameter <paramref name="t2"/>.</summary>
    private (bool Valid, bool HasBinding) IsValidSubstitution(CelType t1, CelType t2)
    {
        if (t1.Equals(t2)) return (true, true);
        if (_bindings.TryGetValue(t2.Name, out var bound))
        {
            if (t1.Equals(bound)) return (true, true);
            if (Assignable(t1, bound))
            {
                var widened = MostGeneral(t1, bound);
                if (NotReferencedIn(t2, widened)) _bindings[t2.Name] = widened;
                return (true, true);
            }
            return (false, true);
        }
        if (NotReferencedIn(t2, t1))
        {
            _bindings[t2.Name] = t1;
            return (true, false);
        }
        return (false, false);
    }

    /// <summary>The occurs check: binding <paramref name="t"/> to <paramref name="within"/> must not make a cycle.</summary>
    private bool NotReferencedIn(CelType t, CelType within)
    {
        if (t.Equals(within)) return false;
        if (within.Kind == TypeKind.TypeParam)
            return !_bindings.TryGetValue(within.Name, out var bound) || NotReferencedIn(t, bound);
        return within.Parameters.All(p => NotReferencedIn(t, p));
    }
}
