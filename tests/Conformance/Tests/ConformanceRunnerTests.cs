using Policy.Conformance.Engine;
using Policy.Conformance.Running;
using Policy.Runtime.Values;

namespace Policy.Conformance.Tests;

public sealed class ConformanceRunnerTests
{
    private static ConformanceRunner Runner(ICelEngine? engine, SkipList? skips = null) =>
        new(engine, EngineBackends.Interpreter, skips ?? SkipList.Default);

    [Fact]
    public void A_passing_test_sends_the_request_and_reports_pass()
    {
        var engine = new FakeEngine(r => EngineResult.Evaluated(CelInt.Of(r.Bindings["x"] is CelInt i ? i.Value + 1 : 0)));
        var result = Runner(engine).Run(Snippets.Case("expr: 'x + 1' bindings { key: 'x' value { value { int64_value: 1 } } } value { int64_value: 2 }"));
        Assert.Equal(new TestResult("basic/s/t", TestStatus.Pass, ""), result);
        Assert.Equal("x + 1", Assert.Single(engine.Requests).Expr);
    }

    [Fact]
    public void A_wrong_answer_reports_fail_with_the_difference()
    {
        var result = Runner(new FakeEngine(_ => EngineResult.Evaluated(CelUint.Of(2)))).Run(Snippets.Case("expr: '2' value { int64_value: 2 }"));
        Assert.Equal((TestStatus.Fail, "expected 2 (int), got 2u (uint)"), (result.Status, result.Detail));
    }

    [Fact]
    public void Protobuf_tests_are_skipped_without_calling_the_engine()
    {
        var engine = new FakeEngine(_ => throw new InvalidOperationException("must not run"));
        var inFile = Runner(engine).Run(Snippets.Case("expr: '1'", file: "proto3"));
        Assert.Equal((TestStatus.Skip, "needs protobuf: proto3 messages and their well-known-type fields"), (inFile.Status, inFile.Detail));
        var scattered = Runner(engine).Run(Snippets.Case("expr: 'TestAllTypes{}'", file: "comparisons"));
        Assert.Equal((TestStatus.Skip, "needs protobuf: the expression names protobuf type TestAllTypes"), (scattered.Status, scattered.Detail));
        Assert.Empty(engine.Requests);
    }

    [Fact]
    public void A_skip_list_entry_that_names_a_core_test_fails_it_instead_of_skipping()
    {
        var skips = new SkipList([new SkipEntry("basic/s", "too hard")]);
        var result = Runner(new FakeEngine(_ => EngineResult.Evaluated(CelBool.True)), skips).Run(Snippets.Case("expr: 'true'"));
        Assert.Equal(TestStatus.Fail, result.Status);
        Assert.Equal("skip-list entry 'basic/s' matches a test that does not need protobuf; it must run", result.Detail);
    }

    [Fact]
    public void A_skip_list_entry_for_a_protobuf_test_gives_its_own_reason()
    {
        var skips = new SkipList([new SkipEntry("parse/s", "message literals")]);
        var result = Runner(null, skips).Run(Snippets.Case("expr: 'TestAllTypes{}'", file: "parse"));
        Assert.Equal((TestStatus.Skip, "needs protobuf: message literals"), (result.Status, result.Detail));
    }

    [Fact]
    public void Without_an_engine_every_runnable_test_fails_with_engine_not_available()
    {
        var result = Runner(null).Run(Snippets.Case("expr: '1'"));
        Assert.Equal(TestStatus.Fail, result.Status);
        Assert.Equal(EngineFactory.NotAvailable(EngineBackends.Interpreter), result.Detail);
        Assert.StartsWith("engine not available", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_exception_becomes_a_failure()
    {
        var result = Runner(new FakeEngine(_ => throw new InvalidOperationException("kaput"))).Run(Snippets.Case("expr: '1'"));
        Assert.Equal((TestStatus.Fail, "engine threw InvalidOperationException: kaput"), (result.Status, result.Detail));
    }

    [Fact]
    public void Unsupported_tests_fail_rather_than_skip()
    {
        var result = Runner(new FakeEngine(_ => EngineResult.Evaluated(CelBool.True))).Run(Snippets.Case("expr: 'x' unknown { }"));
        Assert.Equal((TestStatus.Fail, "unsupported test: result matcher 'unknown' is not supported"), (result.Status, result.Detail));
    }
}
