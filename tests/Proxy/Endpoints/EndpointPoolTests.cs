using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Configuration;
using Policy.Proxy.Endpoints;
using Policy.Runtime.Policies;

namespace Policy.Proxy.Tests.Endpoints;

public sealed class EndpointPoolTests
{
    internal static Endpoint Make(string name, string url, EndpointBinding binding = EndpointBinding.Public)
    {
        Assert.True(EndpointAddress.TryParse(url, out var address, out _));
        var config = new EndpointConfig(name, address, binding, true, null, null, PolicySource.None, default);
        return new Endpoint(config, CompiledPolicy.Empty, null);
    }

    [Fact]
    public void Connections_are_spread_evenly_over_pool_members()
    {
        var pool = new EndpointPool([Make("a", "tls://p.test"), Make("b", "tls://p.test"), Make("c", "tls://p.test")]);
        var counts = Enumerable.Range(0, 300).Select(_ => pool.Pick().Name).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["a"] = 100, ["b"] = 100, ["c"] = 100 }, counts);
    }

    [Fact]
    public void The_table_routes_public_names_and_resolves_internal_urls_separately()
    {
        var table = new EndpointTable([
            Make("app", "tls://app.test"),
            Make("any", "tls://*.test"),
            Make("db", "tls://db.internal", EndpointBinding.Internal),
            Make("db2", "tls://db.internal:5432", EndpointBinding.Internal),
        ]);
        Assert.Equal("app", table.RoutePublic("app.test")!.Pick().Name);
        Assert.Equal("any", table.RoutePublic("x.y.test")!.Pick().Name);
        Assert.Null(table.RoutePublic("db.internal"));
        Assert.Equal("db", table.ResolveInternal("tls://db.internal", out _)!.Pick().Name);
        Assert.Equal("db", table.ResolveInternal("tls://DB.internal:443", out _)!.Pick().Name);
        Assert.Equal("db2", table.ResolveInternal("tls://db.internal:5432", out _)!.Pick().Name);
        Assert.Null(table.ResolveInternal("tls://app.test", out var notInternal));
        Assert.Equal("ERR_NGROK_2226", notInternal!.Value.Code);
        Assert.Null(table.ResolveInternal("tls://missing.internal", out var missing));
        Assert.Equal(("ERR_NGROK_3200", "no internal endpoint is online at tls://missing.internal:443"), missing!.Value);
    }

    [Fact]
    public void Ids_are_stable_per_name() =>
        Assert.Equal(EndpointIds.ForName("app"), Make("app", "tls://x.test").Id);
}
