using System.Text;

namespace Policy.Compiler.Syntax;

/// <summary>
/// Prints a tree in a compact, unambiguous form for tests and debugging:
/// <c>_+_(x, 1)</c>, <c>a.b</c>, <c>has(a.b)</c>, <c>[1, ?x]</c>, <c>{k: v}</c>,
/// <c>__comprehension__(x, range, @result, init, cond, step, result)</c>.
/// </summary>
public static class ExprPrinter
{
    /// <summary>Prints <paramref name="e"/>.</summary>
    public static string Print(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e)
    {
        switch (e)
        {
            case ConstantExpr c: sb.Append(c.Value); break;
            case IdentExpr i: sb.Append(i.Name); break;
            case SelectExpr s when s.TestOnly:
                sb.Append("has(");
                Write(sb, s.Operand);
                sb.Append('.').Append(s.Field).Append(')');
                break;
            case SelectExpr s:
                Write(sb, s.Operand);
                sb.Append('.').Append(s.Field);
                break;
            case CallExpr c:
                if (c.Target is not null)
                {
                    Write(sb, c.Target);
                    sb.Append('.');
                }
                sb.Append(c.Function).Append('(');
                WriteAll(sb, c.Args);
                sb.Append(')');
                break;
            case ListExpr l:
                sb.Append('[');
                for (var i = 0; i < l.Elements.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (l.OptionalIndices.Contains(i)) sb.Append('?');
                    Write(sb, l.Elements[i]);
                }
                sb.Append(']');
                break;
            case MapExpr m:
                sb.Append('{');
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (m.Entries[i].Optional) sb.Append('?');
                    Write(sb, m.Entries[i].Key);
                    sb.Append(": ");
                    Write(sb, m.Entries[i].Value);
                }
                sb.Append('}');
                break;
            case StructExpr st:
                sb.Append(st.TypeName).Append('{');
                for (var i = 0; i < st.Fields.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    if (st.Fields[i].Optional) sb.Append('?');
                    sb.Append(st.Fields[i].Name).Append(": ");
                    Write(sb, st.Fields[i].Value);
                }
                sb.Append('}');
                break;
            case ComprehensionExpr c:
                sb.Append("__comprehension__(").Append(c.IterVar);
                if (c.IterVar2 is not null) sb.Append(", ").Append(c.IterVar2);
                sb.Append(", ");
                WriteAll(sb, [c.IterRange]);
                sb.Append(", ").Append(c.AccuVar).Append(", ");
                WriteAll(sb, [c.AccuInit, c.LoopCondition, c.LoopStep, c.Result]);
                sb.Append(')');
                break;
        }
    }

    private static void WriteAll(StringBuilder sb, IReadOnlyList<Expr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            Write(sb, items[i]);
        }
    }
}
