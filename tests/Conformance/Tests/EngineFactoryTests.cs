using Policy.Conformance.Engine;

namespace Policy.Conformance.Tests;

public sealed class EngineFactoryTests
{
    [Fact]
    public void An_unknown_backend_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => EngineFactory.Create("jit"));
        Assert.Contains("unknown backend 'jit'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_backends_are_interpreter_and_compiled() =>
        Assert.Equal(["interpreter", "compiled"], EngineBackends.All);
}
