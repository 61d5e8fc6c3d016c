namespace Policy.Compiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>CEL1001: the expression does not follow CEL's grammar.</summary>
    public static readonly DiagnosticDescriptor CelSyntaxError = new("CEL1001", Severity.Error,
        "CEL syntax error",
        "The expression does not follow the CEL grammar: a token is missing, misplaced or not a CEL token at all. " +
        "The caret points at the first token the parser could not use. Check parentheses, quotes and operators; " +
        "CEL uses && || ! (not and/or/not) and single '=' is not an operator.");

    /// <summary>CEL1002: a literal is malformed (escape, number range, bytes).</summary>
    public static readonly DiagnosticDescriptor CelInvalidLiteral = new("CEL1002", Severity.Error,
        "Invalid literal",
        "A string, bytes or number literal is malformed: an unknown escape such as \\s, a \\u escape naming a surrogate, " +
        "an octal escape above \\377, or an integer outside the 64-bit range. Raw strings (r'...') take backslashes literally.");

    /// <summary>CEL1003: a reserved word used as an identifier.</summary>
    public static readonly DiagnosticDescriptor CelReservedIdentifier = new("CEL1003", Severity.Error,
        "Reserved identifier",
        "CEL reserves as, break, const, continue, else, for, function, if, import, let, loop, package, namespace, " +
        "return, var, void and while. They may be field names after a dot and receiver-call names, but not variables " +
        "or global functions.");

    /// <summary>CEL1004: the expression is nested or chained beyond the supported limit.</summary>
    public static readonly DiagnosticDescriptor CelTooComplex = new("CEL1004", Severity.Error,
        "Expression too deeply nested",
        "The expression nests parentheses, calls, selections or operators deeper than the compiler supports. " +
        "CEL guarantees at least 12 levels of nesting and 24-32 repetitions of one operator; this compiler allows far " +
        "more, but not unbounded depth, so that no input can exhaust the stack. Split the expression or use list/map " +
        "literals and macros.");

    /// <summary>CEL1005: a macro is called with the wrong arguments.</summary>
    public static readonly DiagnosticDescriptor CelInvalidMacro = new("CEL1005", Severity.Error,
        "Invalid macro call",
        "A macro (has, all, exists, exists_one, map, filter, cel.bind, math.greatest, ...) was called with arguments " +
        "it cannot expand: has() needs a field selection such as has(m.f), and iteration variables must be simple names.");

    /// <summary>CEL1006: the expression is longer than the limit.</summary>
    public static readonly DiagnosticDescriptor CelTooLong = new("CEL1006", Severity.Error,
        "Expression too long",
        "The expression is longer than the compiler accepts for one expression (100,000 characters).");

    /// <summary>CEL2001: an identifier or function that is not declared.</summary>
    public static readonly DiagnosticDescriptor CelUndeclaredReference = new("CEL2001", Severity.Error,
        "Undeclared reference",
        "The expression names a variable or function that does not exist in this context. Variables differ by phase " +
        "and protocol: a TLS endpoint's on_tcp_connect has conn.*, conn.tls.*, endpoint.*, time.now, vars.* and " +
        "actions.ngrok.*, but no req.* or res.*.");

    /// <summary>CEL2002: no overload accepts the argument types.</summary>
    public static readonly DiagnosticDescriptor CelNoMatchingOverload = new("CEL2002", Severity.Error,
        "No matching overload",
        "The function or operator exists, but not for these argument types. CEL has no implicit conversions: " +
        "1 + 1u and 'a' + 1 are errors; convert explicitly with int(), uint(), double() or string().");

    /// <summary>CEL2003: a type that does not fit where it is used.</summary>
    public static readonly DiagnosticDescriptor CelTypeMismatch = new("CEL2003", Severity.Error,
        "Type mismatch",
        "A value has a type that does not fit where it is used: a condition that is not bool, branches of ?: of " +
        "unrelated types, or an expression whose result must be a specific type.");

    /// <summary>CEL2004: field selection on a type that has no fields.</summary>
    public static readonly DiagnosticDescriptor CelFieldSelection = new("CEL2004", Severity.Error,
        "Invalid field selection",
        "Field selection (a.b) and has(a.b) work on maps and messages; the operand here is of another type.");

    /// <summary>CEL2005: a comprehension over something that is not a list or a map.</summary>
    public static readonly DiagnosticDescriptor CelInvalidRange = new("CEL2005", Severity.Error,
        "Invalid comprehension range",
        "Macros such as all, exists, map and filter iterate over a list or a map; the receiver here is neither.");

    /// <summary>CEL2006: message construction or a message type that is not available.</summary>
    public static readonly DiagnosticDescriptor CelUnknownType = new("CEL2006", Severity.Error,
        "Unknown type",
        "The expression constructs or names a message type that is not declared. Protocol buffer messages are not " +
        "available in Traffic Policy expressions.");
}
