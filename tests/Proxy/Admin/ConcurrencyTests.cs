using System.Net;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Fifty_concurrent_creates_on_distinct_urls_are_all_stored_and_survive_a_restart()
    {
        const int count = 50;
        var proxy = await AdminProxy.StartAsync("", output);
        try
        {
            using var start = new SemaphoreSlim(0);
            var creates = Enumerable.Range(0, count).Select(async i =>
            {
                await start.WaitAsync();
                using var response = await proxy.CreateAsync($"tls://app{i}.example.test", EndpointLifecycleTests.DenyPolicy);
                var json = await AdminProxy.ReadJsonAsync(response);
                Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
                return (Url: json.GetProperty("url").GetString()!, Id: json.GetProperty("id").GetString()!);
            }).ToList();
            start.Release(count);
            var created = await Task.WhenAll(creates);

            Assert.Equal(count, created.Select(c => c.Id).Distinct().Count());
            Assert.Equal(created.Select(c => c.Id).Order(), (await proxy.ListIdsAsync()).Order());
            Assert.Equal(count, proxy.Server.Current.Endpoints.All.Count);

            proxy = await proxy.RestartAsync();
            Assert.Equal(created.Select(c => c.Id).Order(), (await proxy.ListIdsAsync()).Order());
            var (_, e) = await proxy.ConnectAsync("app37.example.test");
            Assert.Equal((created.Single(c => c.Url == "tls://app37.example.test").Id, "denied"), (e.EndpointId, e.CloseReason));
        }
        finally
        {
            await proxy.DisposeAsync();
        }
    }

    [Fact]
    public async Task Concurrent_creates_on_one_url_store_exactly_one()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await proxy.CreateAsync("tls://same.example.test", EndpointLifecycleTests.DenyPolicy);
            return response.StatusCode;
        }));
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(9, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Single(await proxy.ListIdsAsync());
    }
}
