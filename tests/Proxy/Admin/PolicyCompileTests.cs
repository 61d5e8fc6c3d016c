using System.Net;
using Policy.Proxy.Policies;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed class PolicyCompileTests(ITestOutputHelper output)
{
    private const string LoggingDenyPolicy = """
        on_tcp_connect:
          - actions:
              - type: log
                config: {metadata: {why: closed}}
              - type: deny
        """;

    [Fact]
    public async Task A_create_or_update_compiles_its_policy_once_and_serves_that_compile()
    {
        var factory = new CountingPolicyFactory(InterpreterPolicyFactory.Instance);
        await using var proxy = await AdminProxy.StartAsync("", output, policies: factory);
        Assert.Empty(factory.Created);

        var id = (await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString()!;
        var compiled = Assert.Single(factory.Created);
        Assert.Same(compiled, proxy.Server.Current.Endpoints.All.Single(e => e.Id == id).Policy);
        Assert.Equal("denied", (await proxy.ConnectAsync("app.example.test")).Event.CloseReason);

        using (var patch = await proxy.Http.PatchAsync($"endpoints/{id}", AdminProxy.Json($$"""{"traffic_policy": {{System.Text.Json.JsonSerializer.Serialize(LoggingDenyPolicy)}}}""")))
            Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal(2, factory.Created.Count);
        Assert.Same(factory.Created[1], proxy.Server.Current.Endpoints.All.Single(e => e.Id == id).Policy);

        // A policy the proxy already serves is not compiled again, whatever endpoint it is for.
        var other = (await proxy.CreateOkAsync("tls://other.example.test", LoggingDenyPolicy)).GetProperty("id").GetString()!;
        Assert.Equal(2, factory.Created.Count);
        Assert.Same(factory.Created[1], proxy.Server.Current.Endpoints.All.Single(e => e.Id == other).Policy);
    }

    [Fact]
    public async Task A_slow_policy_compile_does_not_hold_up_other_changes()
    {
        var factory = new CountingPolicyFactory(InterpreterPolicyFactory.Instance);
        await using var proxy = await AdminProxy.StartAsync("", output, policies: factory);
        var (entered, release) = factory.HoldNext();
        try
        {
            var slow = proxy.CreateAsync("tls://slow.example.test", EndpointLifecycleTests.DenyPolicy);
            Assert.Same(entered, await Task.WhenAny(entered, Task.Delay(TimeSpan.FromSeconds(20))));

            // The slow create's compile is still waiting; another create goes through meanwhile.
            var fast = proxy.CreateAsync("tls://fast.example.test", LoggingDenyPolicy);
            Assert.Same(fast, await Task.WhenAny(fast, Task.Delay(TimeSpan.FromSeconds(10))));
            using (var response = await fast) Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.False(slow.IsCompleted);
            Assert.Equal(["fast.example.test"], proxy.Server.Current.Endpoints.All.Select(e => e.Address.Host));

            release();
            using (var response = await slow) Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(["fast.example.test", "slow.example.test"], proxy.Server.Current.Endpoints.All.Select(e => e.Address.Host).Order());
            Assert.Equal(2, factory.Created.Count);
        }
        finally
        {
            release();
        }
    }
}
