using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Templates;

/// <summary>A piece of a configuration string: literal text, or a <c>${…}</c> expression.</summary>
public abstract record TemplatePart(TextSpan Span);

/// <summary>Literal text.</summary>
public sealed record LiteralPart(TextSpan Span, string Text) : TemplatePart(Span);

/// <summary>The CEL text of a <c>${…}</c>; <see cref="TemplatePart.Span"/> covers the expression text only.</summary>
public sealed record ExpressionPart(TextSpan Span, string Expression) : TemplatePart(Span);
