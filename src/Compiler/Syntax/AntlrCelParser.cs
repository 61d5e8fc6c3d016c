using System.Runtime.CompilerServices;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Antlr4.Runtime.Tree;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Syntax.Generated;
using Policy.Runtime.Values;

namespace Policy.Compiler.Syntax;

/// <summary>
/// The one file that touches ANTLR: lexes, guards the nesting depth, parses with the generated
/// parser, and turns the parse tree into our <see cref="Expr"/> tree (expanding macros). Nothing
/// of ANTLR leaves this file.
/// </summary>
internal sealed class AntlrCelParser
{
    private static readonly HashSet<string> Reserved =
    [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let",
        "loop", "package", "namespace", "return", "var", "void", "while",
    ];

    private readonly ExpressionSource _source;
    private readonly ParserOptions _options;
    private readonly DiagnosticReporter _diagnostics;
    private readonly ExprFactory _factory = new();
    private readonly MacroExpander _macros;

    private AntlrCelParser(ExpressionSource source, ParserOptions options, DiagnosticReporter diagnostics)
    {
        _source = source;
        _options = options;
        _diagnostics = diagnostics;
        _macros = new MacroExpander(_factory);
    }

    public static ParsedExpr? Parse(ExpressionSource source, ParserOptions options, DiagnosticReporter diagnostics)
    {
        var text = source.Text;
        if (text.Length > options.MaxLength)
        {
            diagnostics.Report(DiagnosticCatalog.CelTooLong, source.Locate(new TextSpan(0, 0)),
                $"expression is {text.Length} characters long; the limit is {options.MaxLength}");
            return null;
        }
        return new AntlrCelParser(source, options, diagnostics).Run();
    }

    private ParsedExpr? Run()
    {
        var lexer = new CelLexer(new AntlrInputStream(_source.Text));
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        if (!CheckDepth(tokens)) return null;

        var errorsBefore = _diagnostics.ErrorCount;
        var tree = ParseTree(tokens);
        if (_diagnostics.ErrorCount > errorsBefore) return null;

        try
        {
            var root = BuildExpr(tree.expr());
            return _diagnostics.ErrorCount > errorsBefore ? null : new ParsedExpr(root, _source, _factory.NextId);
        }
        catch (InsufficientExecutionStackException)
        {
            ReportTooDeep(new TextSpan(0, 0));
            return null;
        }
    }

    /// <summary>
    /// Two-stage parsing: the fast SLL mode first, and full LL with error recovery only when SLL
    /// fails, so that a valid expression costs one pass and an invalid one gets every message.
    /// </summary>
    private CelParser.StartContext ParseTree(CommonTokenStream tokens)
    {
        var parser = new CelParser(tokens);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return parser.start();
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            parser = new CelParser(tokens);
            parser.RemoveErrorListeners();
            parser.AddErrorListener(new SyntaxErrorListener(this));
            parser.ErrorHandler = new OneReportPerMistakeStrategy();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            return parser.start();
        }
    }

    /// <summary>
    /// Rejects input whose tree would be deeper than the limit before any recursive phase runs:
    /// every open bracket and every operator adds to the depth of the level it sits in.
    /// </summary>
    private bool CheckDepth(CommonTokenStream tokens)
    {
        var counts = new Stack<int>();
        var depth = 0;
        foreach (var t in tokens.GetTokens())
        {
            if (t.Channel != TokenConstants.DefaultChannel) continue;
            switch (t.Type)
            {
                case CelLexer.LPAREN or CelLexer.LBRACKET or CelLexer.LBRACE:
                    counts.Push(0);
                    depth++;
                    break;
                case CelLexer.RPAREN or CelLexer.RBRACKET or CelLexer.RBRACE:
                    if (counts.Count > 0) depth -= 1 + counts.Pop();
                    break;
                case CelLexer.EQUALS or CelLexer.NOT_EQUALS or CelLexer.IN or CelLexer.LESS or CelLexer.LESS_EQUALS
                    or CelLexer.GREATER_EQUALS or CelLexer.GREATER or CelLexer.LOGICAL_AND or CelLexer.LOGICAL_OR
                    or CelLexer.DOT or CelLexer.MINUS or CelLexer.EXCLAM or CelLexer.QUESTIONMARK or CelLexer.PLUS
                    or CelLexer.STAR or CelLexer.SLASH or CelLexer.PERCENT:
                    if (counts.Count > 0) counts.Push(counts.Pop() + 1);
                    depth++;
                    break;
            }
            if (t.Type is CelLexer.LBRACKET && counts.Count > 1)
            {
                // An index a[i] is also an operator on the level outside the bracket.
                var inner = counts.Pop();
                counts.Push(counts.Pop() + 1);
                counts.Push(inner);
                depth++;
            }
            if (depth > _options.MaxDepth)
            {
                ReportTooDeep(new TextSpan(t.StartIndex, Math.Max(1, t.StopIndex - t.StartIndex + 1)));
                return false;
            }
        }
        return true;
    }

    private void ReportTooDeep(TextSpan span) =>
        _diagnostics.Report(DiagnosticCatalog.CelTooComplex, _source.Locate(span),
            $"expression is nested or chained too deeply (the limit is {_options.MaxDepth} levels)");

    private void Error(DiagnosticDescriptor descriptor, TextSpan span, string message) =>
        _diagnostics.Report(descriptor, _source.Locate(span), message);

    // ---- Spans ---------------------------------------------------------------------------

    private static TextSpan SpanOf(IToken t) => new(t.StartIndex, Math.Max(0, t.StopIndex - t.StartIndex + 1));

    private static TextSpan SpanOf(ParserRuleContext c) =>
        TextSpan.FromBounds(c.Start.StartIndex, Math.Max(c.Start.StartIndex, (c.Stop ?? c.Start).StopIndex + 1));

    private static TextSpan SpanFrom(IToken start, ParserRuleContext end) =>
        TextSpan.FromBounds(start.StartIndex, Math.Max(start.StartIndex, (end.Stop ?? end.Start).StopIndex + 1));

    // ---- Expressions ---------------------------------------------------------------------

    private Expr BuildExpr(CelParser.ExprContext ctx)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var condition = BuildOr(ctx.cond);
        if (ctx.op is null) return condition;
        return _factory.Call(SpanOf(ctx.op), Operators.Conditional, condition, BuildOr(ctx.then), BuildExpr(ctx.otherwise));
    }

    private Expr BuildOr(CelParser.ConditionalOrContext ctx)
    {
        var first = BuildAnd(ctx.first);
        if (ctx._rest.Count == 0) return first;
        var terms = new List<Expr> { first };
        terms.AddRange(ctx._rest.Select(BuildAnd));
        return Balance(Operators.LogicalOr, terms, ctx._ops, 0, terms.Count);
    }

    private Expr BuildAnd(CelParser.ConditionalAndContext ctx)
    {
        var first = BuildRelation(ctx.first);
        if (ctx._rest.Count == 0) return first;
        var terms = new List<Expr> { first };
        terms.AddRange(ctx._rest.Select(BuildRelation));
        return Balance(Operators.LogicalAnd, terms, ctx._ops, 0, terms.Count);
    }

    /// <summary>
    /// Builds a chain of the same logical operator as a balanced tree: evaluation is the same
    /// (the operators are commutative and associative over errors too) and the depth is log n.
    /// </summary>
    private Expr Balance(string op, List<Expr> terms, IList<IToken> ops, int lo, int hi)
    {
        if (hi - lo == 1) return terms[lo];
        var mid = (lo + hi) / 2;
        var left = Balance(op, terms, ops, lo, mid);
        var right = Balance(op, terms, ops, mid, hi);
        return _factory.Call(SpanOf(ops[mid - 1]), op, left, right);
    }

    private Expr BuildRelation(CelParser.RelationContext ctx)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (ctx.calc() is { } calc) return BuildCalc(calc);
        var op = Operators.FromRelation(ctx.op.Text)!;
        return _factory.Call(SpanOf(ctx.op), op, BuildRelation(ctx.relation(0)), BuildRelation(ctx.relation(1)));
    }

    private Expr BuildCalc(CelParser.CalcContext ctx)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (ctx.unary() is { } unary) return BuildUnary(unary);
        var op = Operators.FromArithmetic(ctx.op.Text)!;
        return _factory.Call(SpanOf(ctx.op), op, BuildCalc(ctx.calc(0)), BuildCalc(ctx.calc(1)));
    }

    private Expr BuildUnary(CelParser.UnaryContext ctx)
    {
        switch (ctx)
        {
            case CelParser.LogicalNotContext not:
            {
                // As in the reference implementation, an even number of negations cancels out.
                var operand = BuildMember(not.member());
                return not._ops.Count % 2 == 0 ? operand : _factory.Call(SpanOf(not._ops[0]), Operators.LogicalNot, operand);
            }
            case CelParser.NegateContext neg:
            {
                var count = neg._ops.Count;
                // A minus directly before a number literal belongs to the literal, so that
                // -9223372036854775808 is representable.
                if (count % 2 == 1 && neg.member() is CelParser.PrimaryExprContext pe && pe.primary() is CelParser.ConstantLiteralContext lit
                    && lit.literal() is CelParser.IntContext or CelParser.DoubleContext)
                {
                    return BuildLiteral(lit.literal(), negative: true, SpanFrom(neg._ops[^1], lit));
                }
                var operand = BuildMember(neg.member());
                return count % 2 == 0 ? operand : _factory.Call(SpanOf(neg._ops[0]), Operators.Negate, operand);
            }
            default:
                return BuildMember(((CelParser.MemberExprContext)ctx).member());
        }
    }

    private Expr BuildMember(CelParser.MemberContext ctx)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (ctx)
        {
            case CelParser.SelectContext sel:
            {
                var operand = BuildMember(sel.member());
                var field = FieldName(sel.field);
                var span = TextSpan.FromBounds(sel.op.StartIndex, SpanOf(sel.field).End);
                return sel.opt is null
                    ? _factory.Select(span, operand, field)
                    : _factory.Call(span, Operators.OptSelect, operand, _factory.Constant(SpanOf(sel.field), CelString.Of(field)));
            }
            case CelParser.MemberCallContext call:
            {
                var target = BuildMember(call.member());
                var span = TextSpan.FromBounds(call.name.StartIndex, SpanOf(call).End);
                return CallOrMacro(span, target, call.name.Text, BuildArgs(call.args));
            }
            case CelParser.IndexContext index:
            {
                var operand = BuildMember(index.member());
                var span = TextSpan.FromBounds(index.op.StartIndex, SpanOf(index).End);
                return _factory.Call(span, index.opt is null ? Operators.Index : Operators.OptIndex, operand, BuildExpr(index.index));
            }
            default:
                return BuildPrimary(((CelParser.PrimaryExprContext)ctx).primary());
        }
    }

    private Expr BuildPrimary(CelParser.PrimaryContext ctx)
    {
        switch (ctx)
        {
            case CelParser.IdentContext ident:
            {
                var name = ident.id.Text;
                CheckReserved(ident.id, name);
                return _factory.Ident(SpanOf(ident), ident.leadingDot is null ? name : "." + name);
            }
            case CelParser.GlobalCallContext call:
            {
                var name = call.id.Text;
                CheckReserved(call.id, name);
                var args = BuildArgs(call.args);
                if (call.leadingDot is not null) return _factory.Call(SpanOf(call), "." + name, [.. args]);
                return CallOrMacro(SpanOf(call), null, name, args);
            }
            case CelParser.NestedContext nested:
                return BuildExpr(nested.e);
            case CelParser.CreateListContext list:
                return BuildList(list);
            case CelParser.CreateMapContext map:
                return BuildMap(map);
            case CelParser.CreateMessageContext message:
                return BuildMessage(message);
            default:
                var literal = ((CelParser.ConstantLiteralContext)ctx).literal();
                return BuildLiteral(literal, negative: false, SpanOf(literal));
        }
    }

    private List<Expr> BuildArgs(CelParser.ExprListContext? args) => args is null ? [] : args._e.Select(BuildExpr).ToList();

    private Expr CallOrMacro(TextSpan span, Expr? target, string function, List<Expr> args)
    {
        if (_options.EnableMacros)
        {
            var expansion = _macros.TryExpand(span, target, function, args);
            if (expansion.Error is not null)
            {
                Error(DiagnosticCatalog.CelInvalidMacro, expansion.ErrorSpan, expansion.Error);
                return _factory.Constant(span, CelNull.Instance);
            }
            if (expansion.Result is not null) return expansion.Result;
        }
        return target is null ? _factory.Call(span, function, [.. args]) : _factory.MemberCall(span, target, function, [.. args]);
    }

    private void CheckReserved(IToken token, string name)
    {
        if (Reserved.Contains(name))
            Error(DiagnosticCatalog.CelReservedIdentifier, SpanOf(token), $"'{name}' is a reserved word and cannot be used as an identifier or function name");
    }

    private static string FieldName(CelParser.EscapeIdentContext ctx) => ctx switch
    {
        CelParser.EscapedIdentifierContext e => e.id.Text[1..^1],
        _ => ((CelParser.SimpleIdentifierContext)ctx).id.Text,
    };

    private Expr BuildList(CelParser.CreateListContext ctx)
    {
        var elements = new List<Expr>();
        var optional = new List<int>();
        foreach (var e in ctx.elems?._elems ?? [])
        {
            if (e.opt is not null) optional.Add(elements.Count);
            elements.Add(BuildExpr(e.e));
        }
        return _factory.List(SpanOf(ctx), elements, optional);
    }

    private Expr BuildMap(CelParser.CreateMapContext ctx)
    {
        var entries = new List<MapEntry>();
        if (ctx.entries is { } init)
        {
            for (var i = 0; i < init._keys.Count; i++)
            {
                var key = init._keys[i];
                entries.Add(new MapEntry(_factory.NewId(), BuildExpr(key.e), BuildExpr(init._values[i]), key.opt is not null));
            }
        }
        return _factory.Map(SpanOf(ctx), entries);
    }

    private Expr BuildMessage(CelParser.CreateMessageContext ctx)
    {
        var name = (ctx.leadingDot is null ? "" : ".") + string.Join(".", ctx._ids.Select(t => t.Text));
        var fields = new List<FieldInit>();
        if (ctx.entries is { } init)
        {
            for (var i = 0; i < init._fields.Count; i++)
            {
                var f = init._fields[i];
                fields.Add(new FieldInit(_factory.NewId(), FieldName(f.field), BuildExpr(init._values[i]), f.opt is not null));
            }
        }
        return new StructExpr(_factory.NewId(), SpanOf(ctx), name, fields);
    }

    private Expr BuildLiteral(CelParser.LiteralContext ctx, bool negative, TextSpan span)
    {
        var token = ctx.Start;
        LiteralDecoder.Failure? failure;
        CelValue value = ctx switch
        {
            CelParser.IntContext => LiteralDecoder.DecodeInt(token.Text, negative, out failure),
            CelParser.UintContext => LiteralDecoder.DecodeUint(token.Text, out failure),
            CelParser.DoubleContext => LiteralDecoder.DecodeDouble(token.Text, negative, out failure),
            CelParser.StringContext or CelParser.BytesContext => LiteralDecoder.DecodeQuoted(token.Text, out failure),
            CelParser.BoolTrueContext => Ok(CelBool.True, out failure),
            CelParser.BoolFalseContext => Ok(CelBool.False, out failure),
            _ => Ok(CelNull.Instance, out failure),
        };
        if (failure is { } f)
            Error(DiagnosticCatalog.CelInvalidLiteral, new TextSpan(token.StartIndex + f.Offset, f.Length), f.Message);
        return _factory.Constant(span, value);

        static CelValue Ok(CelValue v, out LiteralDecoder.Failure? failure)
        {
            failure = null;
            return v;
        }
    }

    // ---- Syntax errors -------------------------------------------------------------------

    /// <summary>
    /// ANTLR's recovery with two changes so that one mistake gets one message. A token that can
    /// continue or close an enclosing construct (an operator, ':', ')') is not deleted as
    /// extraneous: the operand before it is missing, and deleting it would misparse what follows
    /// and report a second, made-up error later. And matching the very token that was in error
    /// (say the second '&amp;&amp;' of "a &amp;&amp; &amp;&amp;", then taken as the operator) does not end
    /// recovery: only a token after it does, so the operand still missing at the end is not
    /// reported again.
    /// </summary>
    private sealed class OneReportPerMistakeStrategy : DefaultErrorStrategy
    {
        private int _lastBadToken = -1;

        public override void ReportError(Parser recognizer, RecognitionException e)
        {
            MarkBad(e.OffendingToken ?? recognizer.CurrentToken);
            base.ReportError(recognizer, e);
        }

        protected override void ReportUnwantedToken(Parser recognizer)
        {
            MarkBad(recognizer.CurrentToken);
            base.ReportUnwantedToken(recognizer);
        }

        protected override void ReportMissingToken(Parser recognizer)
        {
            MarkBad(recognizer.CurrentToken);
            base.ReportMissingToken(recognizer);
        }

        public override void ReportMatch(Parser recognizer)
        {
            if (recognizer.CurrentToken.TokenIndex > _lastBadToken) base.ReportMatch(recognizer);
        }

        protected override IToken? SingleTokenDeletion(Parser recognizer) =>
            GetErrorRecoverySet(recognizer).Contains(recognizer.InputStream.LA(1)) ? null : base.SingleTokenDeletion(recognizer);

        private void MarkBad(IToken token) => _lastBadToken = Math.Max(_lastBadToken, token.TokenIndex);
    }

    /// <summary>Turns ANTLR's messages into ones a person reads easily.</summary>
    private sealed class SyntaxErrorListener(AntlrCelParser owner) : BaseErrorListener
    {
        private int _lastOffset = -1;

        public override void SyntaxError(TextWriter output, IRecognizer recognizer, IToken offendingSymbol,
            int line, int charPositionInLine, string msg, RecognitionException e)
        {
            var offset = offendingSymbol.StartIndex;
            if (offset == _lastOffset || owner._diagnostics.ErrorCount >= 20) return;
            _lastOffset = offset;

            var span = offendingSymbol.Type == TokenConstants.EOF
                ? new TextSpan(owner._source.Text.Length, 0)
                : SpanOf(offendingSymbol);
            owner.Error(DiagnosticCatalog.CelSyntaxError, span, Describe(recognizer as Parser, offendingSymbol));
        }

        private static string Describe(Parser? parser, IToken token)
        {
            var expected = parser is null ? "" : Expected(parser);
            if (token.Type == CelLexer.ERROR_CHAR)
            {
                return token.Text switch
                {
                    "'" or "\"" => "unterminated string literal (a quote is never closed, or a single-quoted string spans lines)",
                    "`" => "invalid quoted identifier: backquotes hold letters, digits, '_', '.', '-', '/' and spaces",
                    "=" => "unexpected '='; use '==' to compare",
                    "&" => "unexpected '&'; the logical and is '&&'",
                    "|" => "unexpected '|'; the logical or is '||'",
                    _ => $"unexpected character '{token.Text}'",
                };
            }
            var what = token.Type == TokenConstants.EOF ? "end of expression" : $"'{token.Text}'";
            // ANTLR's expected set is the one of the decision that failed, which after '.' or ','
            // lists what could have come before them; the token just read says what is missing.
            var previous = parser?.InputStream is ITokenStream tokens ? Previous(tokens, token) : -1;
            if (previous == CelLexer.DOT) expected = "a name after '.'";
            else if (previous == CelLexer.COMMA && token.Type == CelLexer.COMMA) expected = "an expression";
            return expected.Length > 0 ? $"unexpected {what}; expected {expected}" : $"unexpected {what}";
        }

        /// <summary>The type of the last token before <paramref name="token"/> that the parser saw (white space and comments skipped).</summary>
        private static int Previous(ITokenStream tokens, IToken token)
        {
            for (var i = token.TokenIndex - 1; i >= 0; i--)
            {
                var t = tokens.Get(i);
                if (t.Channel == TokenConstants.DefaultChannel) return t.Type;
            }
            return -1;
        }

        private static string Expected(Parser parser)
        {
            IntervalSet set;
            try
            {
                set = parser.GetExpectedTokens();
            }
            catch (ArgumentException)
            {
                return "";
            }
            var names = set.ToList().Select(t => t == TokenConstants.EOF ? "end of expression" : parser.Vocabulary.GetLiteralName(t))
                .Where(n => n is not null).Distinct().ToList();
            if (set.Contains(CelLexer.IDENTIFIER) && set.Contains(CelLexer.NUM_INT)) return "an expression";
            return names.Count is > 0 and <= 4 ? string.Join(" or ", names) : "";
        }
    }
}
