using Microsoft.Data.Sqlite;
using Policy.Proxy.Hosting;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

public sealed class StoreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_store_uses_write_ahead_logging_with_full_sync()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        Assert.Equal(("wal", "2"), (proxy.Server.Store!.Pragma("journal_mode"), proxy.Server.Store.Pragma("synchronous")));
    }

    [Fact]
    public async Task An_acknowledged_create_is_committed_when_the_reply_arrives()
    {
        await using var proxy = await AdminProxy.StartAsync("", output);
        var id = (await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString();

        // Another connection sees only committed data.
        using var reader = new SqliteConnection($"Data Source={proxy.StorePath};Mode=ReadOnly;Pooling=False");
        reader.Open();
        using var command = reader.CreateCommand();
        command.CommandText = "SELECT url, traffic_policy FROM endpoints WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var row = command.ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal(("tls://app.example.test", EndpointLifecycleTests.DenyPolicy), (row.GetString(0), row.GetString(1)));
    }

    [Fact]
    public async Task A_reload_keeps_the_api_endpoints_and_refuses_a_config_that_takes_their_url()
    {
        await using var upstream = Support.RawUpstream.Echo();
        await using var proxy = await AdminProxy.StartAsync(EndpointLifecycleTests.Backend(upstream.Port), output);
        var id = (await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString();

        await File.WriteAllTextAsync(proxy.ConfigPath, AdminProxy.Config(EndpointLifecycleTests.Backend(upstream.Port).Replace("backend.internal", "backend2.internal", StringComparison.Ordinal)));
        Assert.True(await proxy.Server.ReloadAsync("test"));
        Assert.Equal(("denied", id), await ReasonAsync(proxy));

        await File.WriteAllTextAsync(proxy.ConfigPath, AdminProxy.Config("""
              - name: clash
                url: tls://app.example.test
                traffic_policy: {on_tcp_connect: [{actions: [{type: close-connection}]}]}
            """));
        Assert.False(await proxy.Server.ReloadAsync("test"));
        var error = proxy.Server.LastDiagnostics.Single(d => d.IsError);
        Assert.Equal("PX0005", error.Code);
        Assert.Contains(id!, error.Message, StringComparison.Ordinal);
        Assert.Equal(("denied", id), await ReasonAsync(proxy));
        Assert.Equal(1, proxy.Server.Metrics.Reloads.Get("success"));
        Assert.Equal(1, proxy.Server.Metrics.Reloads.Get("failure"));
    }

    [Fact]
    public async Task A_second_proxy_on_the_same_store_does_not_start_until_the_first_has_stopped()
    {
        var first = await AdminProxy.StartAsync("", output);
        var config = ConfigSource.FromFile(first.ConfigPath);
        var options = new ProxyServerOptions { WatchFiles = false, TrimMemoryWhenQuiet = false };
        await using (var second = new ProxyServer(config, Support.TestLoggerProvider.Factory(output), options))
        {
            Assert.False(await second.StartAsync());
            var error = second.LastDiagnostics.Single(d => d.IsError);
            Assert.Equal("PX0003", error.Code);
            Assert.Contains("state.db", error.Message, StringComparison.Ordinal);
            Assert.Null(second.AdminEndPoint);
        }

        var restarted = await first.RestartAsync();
        await using (restarted)
        {
            Assert.NotNull(restarted.Server.AdminEndPoint);
        }
    }

    [Fact]
    public async Task A_store_that_is_not_a_database_stops_the_start_with_a_message()
    {
        var directory = Support.TempDirectory.Create();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "proxy.yml"), AdminProxy.Config(""));
            await File.WriteAllTextAsync(Path.Combine(directory, "state.db"), "this is not a database, just text that is long enough to have a header");
            await using var server = new ProxyServer(ConfigSource.FromFile(Path.Combine(directory, "proxy.yml")), Support.TestLoggerProvider.Factory(output),
                new ProxyServerOptions { WatchFiles = false, TrimMemoryWhenQuiet = false });
            Assert.False(await server.StartAsync());
            var error = server.LastDiagnostics.Single(d => d.IsError);
            Assert.Equal("PX0003", error.Code);
            Assert.Contains("state.db", error.Message, StringComparison.Ordinal);
            Assert.Null(server.AdminEndPoint);
        }
        finally
        {
            Support.TempDirectory.Delete(directory);
        }
    }

    [Fact]
    public async Task A_stored_row_with_an_unreadable_time_stops_the_start_with_a_message()
    {
        var proxy = await AdminProxy.StartAsync("", output);
        var id = (await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString();
        await proxy.Server.StopAsync(TimeSpan.Zero);
        try
        {
            using (var connection = new SqliteConnection($"Data Source={proxy.StorePath};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "UPDATE endpoints SET created_at = 'yesterday' WHERE id = $id";
                command.Parameters.AddWithValue("$id", id);
                Assert.Equal(1, command.ExecuteNonQuery());
            }
            await using var server = new ProxyServer(ConfigSource.FromFile(proxy.ConfigPath), Support.TestLoggerProvider.Factory(output),
                new ProxyServerOptions { WatchFiles = false, TrimMemoryWhenQuiet = false });
            Assert.False(await server.StartAsync());
            var error = server.LastDiagnostics.Single(d => d.IsError);
            Assert.Equal("PX0001", error.Code);
            Assert.Contains($"stored endpoint {id}", error.Message, StringComparison.Ordinal);
            Assert.Contains("'yesterday'", error.Message, StringComparison.Ordinal);
            Assert.Null(server.AdminEndPoint);
        }
        finally
        {
            await proxy.DisposeAsync();
        }
    }

    [Fact]
    public async Task Endpoints_in_the_default_store_keep_serving_when_the_admin_api_is_removed()
    {
        var proxy = await AdminProxy.StartAsync("", output, store: null);
        var id = (await proxy.CreateOkAsync("tls://app.example.test", EndpointLifecycleTests.DenyPolicy)).GetProperty("id").GetString();
        Assert.True(File.Exists(Path.Combine(proxy.Directory, ProxyServer.DefaultStoreFile)));

        // Cloud endpoints live until they are deleted: dropping admin: stops the API, not them.
        await File.WriteAllTextAsync(proxy.ConfigPath, "listen: 127.0.0.1:0\nendpoints: []\n");
        await using var restarted = await proxy.RestartAsync();
        Assert.Null(restarted.Server.AdminEndPoint);
        Assert.Equal(("denied", id), await ReasonAsync(restarted));
    }

    private static async Task<(string, string?)> ReasonAsync(AdminProxy proxy)
    {
        var (_, e) = await proxy.ConnectAsync("app.example.test");
        return (e.CloseReason, e.EndpointId);
    }
}
