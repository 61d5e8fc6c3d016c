using Policy.Compiler.Syntax;

namespace Policy.Compiler.Emit;

internal sealed partial class ExpressionEmitter
{
    /// <summary>
    /// <c>&amp;&amp;</c> and <c>||</c>: the right operand is generated inside the branch that
    /// needs it, and an error on either side loses to a deciding value on the other.
    /// </summary>
    private Emitted EmitLogical(Expr leftExpr, Expr rightExpr, bool isAnd)
    {
        var left = Emit(leftExpr);
        if (left.Rep == Rep.Bool && RepOf(TypeOf(rightExpr)) == Rep.Bool) return TypedLogical(left, rightExpr, isAnd);

        var lv = _m.Local(V + "CelValue", "v", AsValue(left));
        var result = _m.Local(V + "CelValue", "v", "null");
        _m.Open($"if ({lv} is {V}CelBool {{ Value: {(isAnd ? "false" : "true")} }})");
        _m.Line($"{result} = {lv};");
        _m.Close();
        _m.Open("else");
        var right = AsValue(Emit(rightExpr));
        _m.Line($"{result} = PS.Logic.{(isAnd ? "And" : "Or")}({lv}, {right});");
        _m.Close();
        return new Emitted(result, Rep.Value);
    }

    private Emitted TypedLogical(Emitted left, Expr rightExpr, bool isAnd)
    {
        var decisive = isAnd ? "false" : "true";
        var value = _m.Local("bool", "v", "false");
        var error = _m.Local(V + "CelError", "e", "null");
        var leftOk = left.Error is null ? "true" : $"{left.Error} == null";
        // Decided by the left operand alone.
        _m.Open($"if ({leftOk} && {(isAnd ? "!" : "")}{left.Code})");
        _m.Line($"{value} = {decisive};");
        _m.Close();
        _m.Open("else");
        var right = AsRep(Emit(rightExpr), Rep.Bool);
        var rightOk = right.Error is null ? "true" : $"{right.Error} == null";
        _m.Line($"if ({rightOk} && {(isAnd ? "!" : "")}{right.Code}) {value} = {decisive};");
        _m.Line($"else if ({leftOk} && {rightOk}) {value} = {(isAnd ? "true" : "false")};");
        var errors = new[] { left.Error, right.Error }.OfType<string>().ToList();
        if (errors.Count > 0) _m.Line($"else {error} = {string.Join(" ?? ", errors)};");
        _m.Close();
        return new Emitted(value, Rep.Bool, error);
    }

    /// <summary><c>c ? a : b</c>: only the chosen branch is generated into the taken path.</summary>
    private Emitted EmitConditional(CallExpr e)
    {
        var condition = AsRep(Emit(e.Args[0]), Rep.Bool);
        var thenRep = RepOf(TypeOf(e.Args[1]));
        var rep = thenRep == RepOf(TypeOf(e.Args[2])) && _checked is not null ? thenRep : Rep.Value;
        var value = _m.Local(ClrType(rep), "v", Default(rep));
        var error = rep == Rep.Value ? null : _m.Local(V + "CelError", "e", "null");

        void Branch(Expr branch)
        {
            var b = AsRep(Emit(branch), rep);
            _m.Line($"{value} = {b.Code};");
            if (error is not null && b.Error is not null) _m.Line($"{error} = {b.Error};");
        }

        if (condition.Error is not null)
        {
            _m.Open($"if ({condition.Error} != null)");
            _m.Line(error is null ? $"{value} = {condition.Error};" : $"{error} = {condition.Error};");
            _m.Close();
            _m.Open($"else if ({condition.Code})");
        }
        else
        {
            _m.Open($"if ({condition.Code})");
        }
        Branch(e.Args[1]);
        _m.Close();
        _m.Open("else");
        Branch(e.Args[2]);
        _m.Close();
        return new Emitted(value, rep, error);
    }
}
