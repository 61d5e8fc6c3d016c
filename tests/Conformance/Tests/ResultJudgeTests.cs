using Policy.Conformance.Engine;
using Policy.Conformance.Running;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Conformance.Tests;

public sealed class ResultJudgeTests
{
    private static TestResult Judge(string body, EngineResult result) => ResultJudge.Judge("f/s/t", Snippets.Test("expr: 'e' " + body), result);

    [Fact]
    public void A_test_without_matcher_passes_only_on_true()
    {
        Assert.Equal(TestStatus.Pass, Judge("", EngineResult.Evaluated(CelBool.True)).Status);
        var fail = Judge("", EngineResult.Evaluated(CelBool.False));
        Assert.Equal((TestStatus.Fail, "expected true (bool), got false (bool)"), (fail.Status, fail.Detail));
    }

    [Fact]
    public void Value_matchers_compare_kinds_exactly()
    {
        Assert.Equal(TestStatus.Pass, Judge("value { uint64_value: 2 }", EngineResult.Evaluated(CelUint.Of(2))).Status);
        Assert.Equal(TestStatus.Fail, Judge("value { uint64_value: 2 }", EngineResult.Evaluated(CelInt.Of(2))).Status);
        Assert.Equal(TestStatus.Pass, Judge("value { double_value: nan }", EngineResult.Evaluated(CelDouble.Of(double.NaN))).Status);
    }

    [Fact]
    public void Eval_error_passes_on_any_error_and_fails_on_a_value()
    {
        Assert.Equal(TestStatus.Pass, Judge("eval_error { errors { message: 'no matching overload' } }", EngineResult.Evaluated(CelError.Of("something else"))).Status);
        var fail = Judge("eval_error { errors { message: 'x' } }", EngineResult.Evaluated(CelInt.Of(1)));
        Assert.Equal((TestStatus.Fail, "expected an evaluation error, got 1 (int)"), (fail.Status, fail.Detail));
    }

    [Fact]
    public void An_unexpected_error_value_fails_with_its_message()
    {
        var fail = Judge("value { int64_value: 1 }", EngineResult.Evaluated(CelError.Of("division by zero")));
        Assert.Equal("expected 1 (int), got error: division by zero", fail.Detail);
    }

    [Fact]
    public void Parse_and_check_errors_fail_even_when_an_evaluation_error_is_expected()
    {
        Assert.Equal("parse error: bad token", Judge("eval_error { }", EngineResult.ParseError("bad token")).Detail);
        Assert.Equal("check error: no overload", Judge("eval_error { }", EngineResult.CheckError("no overload")).Detail);
    }

    [Fact]
    public void Typed_result_checks_both_the_value_and_the_deduced_type()
    {
        const string body = "typed_result { result { list_value { values { int64_value: 1 } } } deduced_type { list_type { elem_type { primitive: INT64 } } } }";
        var one = CelList.Wrap([CelInt.Of(1)]);
        Assert.Equal(TestStatus.Pass, Judge(body, EngineResult.Evaluated(one, CelType.List(CelType.Int))).Status);
        Assert.Equal("expected deduced type list(int), got list(dyn)", Judge(body, EngineResult.Evaluated(one, CelType.ListOfDyn)).Detail);
        Assert.Contains("reported none", Judge(body, EngineResult.Evaluated(one)).Detail, StringComparison.Ordinal);
        Assert.Equal(TestStatus.Fail, Judge(body, EngineResult.Evaluated(CelList.Wrap([CelUint.Of(1)]), CelType.List(CelType.Int))).Status);
    }

    [Fact]
    public void Check_only_tests_compare_only_the_deduced_type()
    {
        const string body = "check_only: true typed_result { deduced_type { abstract_type { name: 'optional_type' parameter_types { primitive: STRING } } } }";
        Assert.Equal(TestStatus.Pass, Judge(body, EngineResult.Checked(CelType.Optional(CelType.String))).Status);
        Assert.Equal(TestStatus.Fail, Judge(body, EngineResult.Checked(CelType.Optional(CelType.Dyn))).Status);
        Assert.Equal("a check_only test without typed_result.deduced_type", Judge("check_only: true", EngineResult.Checked(CelType.Bool)).Detail);
    }

    [Fact]
    public void A_check_only_answer_to_a_test_that_needs_a_value_fails() =>
        Assert.Equal("the engine only type-checked, but the test needs a value", Judge("", EngineResult.Checked(CelType.Bool)).Detail);
}
