namespace Policy.Compiler.Syntax;

/// <summary>The internal function names of CEL's operators.</summary>
public static class Operators
{
    /// <summary><c>?:</c>.</summary>
    public const string Conditional = "_?_:_";
    /// <summary><c>&amp;&amp;</c>.</summary>
    public const string LogicalAnd = "_&&_";
    /// <summary><c>||</c>.</summary>
    public const string LogicalOr = "_||_";
    /// <summary><c>!</c>.</summary>
    public const string LogicalNot = "!_";
    /// <summary>Internal: true unless the argument is false (errors count as true); used by macros.</summary>
    public const string NotStrictlyFalse = "@not_strictly_false";
    /// <summary><c>==</c>.</summary>
    public const string Equal = "_==_";
    /// <summary><c>!=</c>.</summary>
    public const string NotEquals = "_!=_";
    /// <summary><c>&lt;</c>.</summary>
    public const string Less = "_<_";
    /// <summary><c>&lt;=</c>.</summary>
    public const string LessEquals = "_<=_";
    /// <summary><c>&gt;</c>.</summary>
    public const string Greater = "_>_";
    /// <summary><c>&gt;=</c>.</summary>
    public const string GreaterEquals = "_>=_";
    /// <summary><c>+</c>.</summary>
    public const string Add = "_+_";
    /// <summary><c>-</c> (binary).</summary>
    public const string Subtract = "_-_";
    /// <summary><c>*</c>.</summary>
    public const string Multiply = "_*_";
    /// <summary><c>/</c>.</summary>
    public const string Divide = "_/_";
    /// <summary><c>%</c>.</summary>
    public const string Modulo = "_%_";
    /// <summary><c>-</c> (unary).</summary>
    public const string Negate = "-_";
    /// <summary><c>[]</c>.</summary>
    public const string Index = "_[_]";
    /// <summary><c>[?]</c>: optional index.</summary>
    public const string OptIndex = "_[?_]";
    /// <summary><c>.?</c>: optional field selection.</summary>
    public const string OptSelect = "_?._";
    /// <summary><c>in</c>.</summary>
    public const string In = "@in";

    /// <summary>The operator for a relation token.</summary>
    public static string? FromRelation(string token) => token switch
    {
        "<" => Less, "<=" => LessEquals, ">" => Greater, ">=" => GreaterEquals,
        "==" => Equal, "!=" => NotEquals, "in" => In, _ => null,
    };

    /// <summary>The operator for an arithmetic token.</summary>
    public static string? FromArithmetic(string token) => token switch
    {
        "+" => Add, "-" => Subtract, "*" => Multiply, "/" => Divide, "%" => Modulo, _ => null,
    };
}
