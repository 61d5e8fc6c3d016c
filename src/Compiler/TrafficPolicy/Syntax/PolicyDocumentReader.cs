using System.Collections.Immutable;
using Policy.Compiler.Diagnostics;

namespace Policy.Compiler.TrafficPolicy.Syntax;

/// <summary>
/// Reads a traffic policy document, YAML or JSON, into a <see cref="PolicyNode"/> tree whose every
/// node and every character of every scalar knows its line and column in the file.
/// </summary>
/// <remarks>
/// A document whose first non-whitespace character is <c>{</c> or <c>[</c> is read as strict JSON;
/// anything else is read as YAML (a single document; plain scalars resolve by the YAML 1.2 core
/// schema, quoted and block scalars are strings). The reader never throws: every problem, including
/// nesting beyond <see cref="MaxDepth"/> and alias expansion beyond <see cref="MaxNodes"/>, is a
/// diagnostic.
/// </remarks>
public static class PolicyDocumentReader
{
    /// <summary>How deeply maps and lists may nest.</summary>
    public const int MaxDepth = 128;

    /// <summary>
    /// How many nodes a document may have, counting each node reached through a YAML alias again
    /// (so that a few lines of nested aliases cannot expand to billions of nodes).
    /// </summary>
    public const int MaxNodes = 1_000_000;

    /// <summary>
    /// Reads <paramref name="text"/>. The root is null when the document is empty or cannot be read
    /// at all; otherwise it is returned even if some diagnostics were reported (duplicate keys keep
    /// their first value, for example), so that a caller may look further, but errors still mean the
    /// policy is invalid.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="path">The file it came from, for diagnostics; null for an anonymous text.</param>
    public static (PolicyNode? Root, ImmutableArray<Diagnostic> Diagnostics) Read(string text, string? path)
    {
        // A byte order mark is not part of the text an editor shows, so columns on line 1 must not count it.
        text ??= string.Empty;
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        var context = new ReaderContext(new SourceText(text, path));
        PolicyNode? root;
        try
        {
            root = LooksLikeJson(text)
                ? new JsonPolicyReader(context).Read()
                : new YamlPolicyReader(context).Read();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Both readers report every problem they know of; this is the last guard of the promise
            // that reading never throws, for a failure nobody foresaw.
            context.Report(DiagnosticCatalog.PolicyParseError, context.PointAt(0),
                "The policy could not be read: the reader failed unexpectedly (" + ex.GetType().Name + ").");
            root = null;
        }
        return (root, context.Reporter.ToImmutable());
    }

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n') continue;
            return c is '{' or '[';
        }
        return false;
    }
}
