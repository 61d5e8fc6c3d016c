using System.Collections.Immutable;
using Policy.Conformance.TextFormat;

namespace Policy.Conformance.Model;

/// <summary>
/// Reads a conformance data file (text-format <c>SimpleTestFile</c>) into the model. The
/// reader is strict: an unknown field or a malformed value is a <see cref="TextFormatException"/>
/// with the line and column of the offending text.
/// </summary>
public static partial class TestFileReader
{
    /// <summary>Parses the text of a data file.</summary>
    /// <exception cref="TextFormatException">The text is malformed or does not fit the schema.</exception>
    public static SimpleTestFile Parse(string text) => ReadFile(TextParser.Parse(text));

    private static SimpleTestFile ReadFile(TextMessage message)
    {
        string name = "", description = "";
        var sections = ImmutableArray.CreateBuilder<SimpleTestSection>();
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "SimpleTestFile"))
            {
                case "name": name = field.Scalar.AsString(); break;
                case "description": description = field.Scalar.AsString(); break;
                case "section": sections.Add(ReadSection(field.Message)); break;
                default: throw Unknown(field, "SimpleTestFile");
            }
        }
        return new SimpleTestFile(name, description, sections.ToImmutable());
    }

    private static SimpleTestSection ReadSection(TextMessage message)
    {
        string name = "", description = "";
        var tests = ImmutableArray.CreateBuilder<SimpleTest>();
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "SimpleTestSection"))
            {
                case "name": name = field.Scalar.AsString(); break;
                case "description": description = field.Scalar.AsString(); break;
                case "test": tests.Add(ReadTest(field.Message)); break;
                default: throw Unknown(field, "SimpleTestSection");
            }
        }
        return new SimpleTestSection(name, description, tests.ToImmutable());
    }

    private static SimpleTest ReadTest(TextMessage message)
    {
        var test = new SimpleTest { Name = "", Line = message.Line };
        var typeEnv = ImmutableArray.CreateBuilder<Decl>();
        var bindings = new Dictionary<string, ValueProto>(StringComparer.Ordinal);
        TextField? matcherField = null;
        foreach (var field in message.Fields)
        {
            var name = Plain(field, "SimpleTest");
            switch (name)
            {
                case "name": test = test with { Name = field.Scalar.AsString() }; break;
                case "description": test = test with { Description = field.Scalar.AsString() }; break;
                case "expr": test = test with { Expr = field.Scalar.AsString() }; break;
                case "disable_macros": test = test with { DisableMacros = field.Scalar.AsBool() }; break;
                case "disable_check": test = test with { DisableCheck = field.Scalar.AsBool() }; break;
                case "check_only": test = test with { CheckOnly = field.Scalar.AsBool() }; break;
                case "container": test = test with { Container = field.Scalar.AsString() }; break;
                case "locale": test = test with { Locale = field.Scalar.AsString() }; break;
                case "type_env": typeEnv.Add(ReadDecl(field.Message)); break;
                case "bindings":
                    var (key, value, problem) = ReadBinding(field.Message);
                    if (value is not null) bindings[key] = value;
                    if (problem is not null) test = test with { Unsupported = problem };
                    break;
                case "value" or "typed_result" or "eval_error" or "any_eval_errors" or "unknown" or "any_unknowns":
                    if (matcherField is not null && matcherField.Name != name)
                        throw field.Error($"result matcher '{name}' conflicts with '{matcherField.Name}' (line {matcherField.Line})");
                    matcherField = field;
                    break;
                default: throw Unknown(field, "SimpleTest");
            }
        }
        test = test with { TypeEnv = typeEnv.ToImmutable(), Bindings = bindings };
        if (matcherField is null) return test;
        var matcher = ReadMatcher(matcherField);
        return matcher.Kind is MatcherKind.AnyEvalErrors or MatcherKind.Unknown or MatcherKind.AnyUnknowns
            ? test with { Matcher = matcher, Unsupported = $"result matcher '{matcherField.Name}' is not supported" }
            : test with { Matcher = matcher };
    }

    private static ResultMatcher ReadMatcher(TextField field) => field.Name switch
    {
        "value" => new ResultMatcher(MatcherKind.Value, ReadValue(field.Message), null, []),
        "typed_result" => ReadTypedResult(field.Message),
        "eval_error" => new ResultMatcher(MatcherKind.EvalError, null, null, ReadErrorSet(field.Message)),
        "any_eval_errors" => new ResultMatcher(MatcherKind.AnyEvalErrors, null, null, []),
        "unknown" => new ResultMatcher(MatcherKind.Unknown, null, null, []),
        _ => new ResultMatcher(MatcherKind.AnyUnknowns, null, null, []),
    };

    private static ResultMatcher ReadTypedResult(TextMessage message)
    {
        ValueProto? result = null;
        TypeProto? deduced = null;
        foreach (var field in message.Fields)
        {
            switch (Plain(field, "TypedResult"))
            {
                case "result": result = ReadValue(field.Message); break;
                case "deduced_type": deduced = ReadType(field.Message); break;
                default: throw Unknown(field, "TypedResult");
            }
        }
        return new ResultMatcher(MatcherKind.TypedResult, result, deduced, []);
    }

    private static ImmutableArray<string> ReadErrorSet(TextMessage message)
    {
        var messages = ImmutableArray.CreateBuilder<string>();
        foreach (var field in message.Fields)
        {
            if (Plain(field, "ErrorSet") != "errors") throw Unknown(field, "ErrorSet");
            foreach (var status in field.Message.Fields)
            {
                switch (Plain(status, "Status"))
                {
                    case "message": messages.Add(status.Scalar.AsString()); break;
                    case "code": status.Scalar.AsInt64(); break;
                    case "details": break;
                    default: throw Unknown(status, "Status");
                }
            }
        }
        return messages.ToImmutable();
    }

    // The name of an ordinary field; bracketed names (Any expansion, extensions) do not belong here.
    private static string Plain(TextField field, string message) =>
        field.IsBracketed ? throw field.Error($"unexpected [{field.Name}] in {message}") : field.Name;

    private static TextFormatException Unknown(TextField field, string message) =>
        field.Error($"unknown field '{field.Name}' in {message}");
}
