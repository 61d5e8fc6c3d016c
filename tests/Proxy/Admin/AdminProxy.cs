using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Policy.Proxy.Hosting;
using Policy.Proxy.Policies;
using Policy.Proxy.Tests.Support;
using Xunit.Abstractions;

namespace Policy.Proxy.Tests.Admin;

/// <summary>
/// A proxy with its admin API on loopback (ephemeral ports) and its SQLite store in a temporary
/// folder, plus an HTTP client that sends the bearer token. <see cref="RestartAsync"/> stops it and
/// starts a new <see cref="ProxyServer"/> over the same config and store.
/// </summary>
internal sealed class AdminProxy : IAsyncDisposable
{
    public const string Token = "test-admin-token";

    private readonly ITestOutputHelper? _output;
    private readonly IPolicyFactory? _policies;
    private bool _keepDirectory;

    private AdminProxy(ProxyServer server, MemoryEventSink events, string directory, ITestOutputHelper? output, IPolicyFactory? policies)
    {
        Server = server;
        Events = events;
        Directory = directory;
        _output = output;
        _policies = policies;
    }

    public ProxyServer Server { get; }

    public MemoryEventSink Events { get; }

    public string Directory { get; }

    /// <summary>A client of the admin API with the token (the proxy must have one).</summary>
    public HttpClient Http => _http ??= NewClient(Token);

    private HttpClient? _http;

    public string ConfigPath => Path.Combine(Directory, "proxy.yml");

    public string StorePath => Path.Combine(Directory, "state.db");

    public int Port => Server.ListenEndPoints[0].Port;

    public string ApiUrl => $"http://{Server.AdminEndPoint}";

    /// <summary>
    /// The config text: loopback listener, admin API with <paramref name="token"/>, the store
    /// <paramref name="store"/> (none named: the default one), then <paramref name="endpoints"/>.
    /// </summary>
    public static string Config(string endpoints, string? token = Token, string? store = "state.db") => $"""
        listen: 127.0.0.1:0
        admin:
          listen: 127.0.0.1:0
        {(token is null ? "" : $"  token: {token}")}
        {(store is null ? "" : $"store: {store}")}
        {(endpoints.Length == 0 ? "endpoints: []" : "endpoints:\n" + endpoints)}
        """;

    /// <summary>
    /// Starts a proxy in a new folder; <paramref name="writeFirst"/> is a file (a policy the config names) written there before;
    /// <paramref name="policies"/> the policy backend (the interpreter unless given).
    /// </summary>
    public static async Task<AdminProxy> StartAsync(string endpoints, ITestOutputHelper? output, string? token = Token, (string Name, string Text)? writeFirst = null,
        IPolicyFactory? policies = null, string? store = "state.db")
    {
        var directory = TempDirectory.Create();
        if (writeFirst is { } file) await File.WriteAllTextAsync(Path.Combine(directory, file.Name), file.Text);
        await File.WriteAllTextAsync(Path.Combine(directory, "proxy.yml"), Config(endpoints, token, store));
        return await StartInAsync(directory, output, policies);
    }

    private static async Task<AdminProxy> StartInAsync(string directory, ITestOutputHelper? output, IPolicyFactory? policies)
    {
        var events = new MemoryEventSink();
        var server = new ProxyServer(ConfigSource.FromFile(Path.Combine(directory, "proxy.yml")), TestLoggerProvider.Factory(output),
            new ProxyServerOptions { Events = events, WatchFiles = false, TrimMemoryWhenQuiet = false, PolicyFactory = policies ?? InterpreterPolicyFactory.Instance });
        if (!await server.StartAsync())
            throw new InvalidOperationException("the proxy did not start:\n" + string.Join("\n", server.LastDiagnostics));
        return new AdminProxy(server, events, directory, output, policies);
    }

    /// <summary>Stops this proxy (keeping its folder) and starts a new one over the same config and store.</summary>
    public async Task<AdminProxy> RestartAsync()
    {
        _keepDirectory = true;
        await DisposeAsync();
        return await StartInAsync(Directory, _output, _policies);
    }

    public HttpClient NewClient(string? token)
    {
        var client = new HttpClient { BaseAddress = new Uri(ApiUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A JSON object of string fields (and <c>pooling_enabled</c> / <c>bindings</c> when given).</summary>
    public static StringContent Body(string? url = null, string? policy = null, bool? pooling = null, string? binding = null, string? description = null) =>
        Json(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["url"] = url,
            ["traffic_policy"] = policy,
            ["pooling_enabled"] = pooling,
            ["bindings"] = binding is null ? null : new[] { binding },
            ["description"] = description,
        }.Where(kv => kv.Value is not null).ToDictionary()));

    public Task<HttpResponseMessage> CreateAsync(string url, string policy, bool? pooling = null, string? binding = null, string? description = null) =>
        Http.PostAsync("endpoints", Body(url, policy, pooling, binding, description));

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Creates an endpoint, asserts 201, and returns its JSON object.</summary>
    public async Task<JsonElement> CreateOkAsync(string url, string policy, bool? pooling = null, string? binding = null)
    {
        using var response = await CreateAsync(url, policy, pooling, binding);
        var json = await ReadJsonAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    /// <summary>The ids of <c>GET /endpoints</c>.</summary>
    public async Task<List<string>> ListIdsAsync()
    {
        var json = await ReadJsonAsync(await Http.GetAsync("endpoints"));
        return [.. json.GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    /// <summary>Sends a ClientHello for <paramref name="serverName"/>; what came back and the connection's event.</summary>
    public async Task<(byte[] Data, Policy.Proxy.Events.ConnectionClosedEvent Event)> ConnectAsync(string serverName)
    {
        using var client = await Hellos.SendAsync(Port, serverName);
        client.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);
        var (data, _) = await client.ReadToEndAsync();
        return (data, await Events.NextAsync());
    }

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        _http?.Dispose();
        await Server.StopAsync(TimeSpan.Zero);
        if (!_keepDirectory) TempDirectory.Delete(Directory);
    }
}
