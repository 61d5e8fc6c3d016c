using System.Text;
using System.Text.Json;
using Policy.Compiler.Diagnostics;
using Policy.Proxy.Events;

namespace Policy.Proxy.Cli;

/// <summary>
/// <c>policy-proxy api endpoints create|list|get|update|delete …</c>: a client of a running proxy's
/// admin API. Human-readable output by default, the API's JSON with <c>--json</c>. Exit status: 0
/// done, 1 the API refused (its message, and a policy's diagnostics as policy-lint prints them),
/// 2 a usage error or no answer from the API.
/// </summary>
public static class ApiCommand
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        usage: policy-proxy api endpoints create --url URL (--traffic-policy TEXT | --traffic-policy-file FILE)
                                                 [--bindings public|internal] [--pooling-enabled]
                                                 [--description TEXT] [--metadata TEXT]
               policy-proxy api endpoints list
               policy-proxy api endpoints get ID
               policy-proxy api endpoints update ID [--traffic-policy TEXT | --traffic-policy-file FILE]
                                                    [--description TEXT] [--metadata TEXT]
               policy-proxy api endpoints delete ID
        options: --api-url URL  the admin API (default http://127.0.0.1:4040, or POLICY_ADMIN_URL)
                 --token TOKEN  its bearer token (or POLICY_ADMIN_TOKEN)
                 --json         print the API's JSON instead of text
        Exit status: 0 done, 1 the API refused the request, 2 usage error or the API cannot be reached.
        """;

    /// <summary>Runs the subcommand with the process environment.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, Environment.GetEnvironmentVariable);

    /// <summary>Runs the subcommand; <paramref name="environment"/> supplies <c>POLICY_ADMIN_URL</c> and <c>POLICY_ADMIN_TOKEN</c>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var options = ApiOptions.Parse(args, environment, out var error);
        if (options is null)
        {
            await stderr.WriteLineAsync($"policy-proxy api: {error}\n\n{Usage}").ConfigureAwait(false);
            return 2;
        }
        if (options.Help)
        {
            await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
            return 0;
        }
        string? policy = options.TrafficPolicy;
        if (options.TrafficPolicyFile is { } file)
        {
            try
            {
                policy = await File.ReadAllTextAsync(file).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                await stderr.WriteLineAsync($"policy-proxy api: cannot read '{file}': {e.Message}").ConfigureAwait(false);
                return 2;
            }
        }
        using var client = new AdminClient(options.ApiUrl, options.Token);
        var (method, path, body) = Request(options, policy);
        var (status, response, connectionError) = await client.SendAsync(method, path, body).ConfigureAwait(false);
        if (connectionError is not null)
        {
            await stderr.WriteLineAsync($"policy-proxy api: {connectionError}").ConfigureAwait(false);
            return 2;
        }
        if (status is < 200 or >= 300)
        {
            await ReportErrorAsync(options, status, response, policy, stdout, stderr).ConfigureAwait(false);
            return 1;
        }
        if (options.Json)
        {
            if (response.Length > 0) await stdout.WriteLineAsync(response.TrimEnd('\n')).ConfigureAwait(false);
            return 0;
        }
        if (options.Verb == "delete")
        {
            await stdout.WriteLineAsync($"deleted {options.Id}").ConfigureAwait(false);
            return 0;
        }
        // The printers check the shape before writing anything: a server at --api-url that is not
        // this API may answer any JSON.
        var printed = false;
        try
        {
            using var document = JsonDocument.Parse(response);
            printed = options.Verb == "list" ? EndpointPrinter.WriteTable(stdout, document.RootElement) : EndpointPrinter.WriteEndpoint(stdout, document.RootElement);
        }
        catch (JsonException)
        {
        }
        if (printed) return 0;
        await stderr.WriteLineAsync($"policy-proxy api: the API answered {status} with a body that is not {(options.Verb == "list" ? "a list of endpoints" : "an endpoint")}").ConfigureAwait(false);
        return 2;
    }

    private static (HttpMethod Method, string Path, string? Body) Request(ApiOptions o, string? policy)
    {
        var id = Uri.EscapeDataString(o.Id ?? "");
        return o.Verb switch
        {
            "create" => (HttpMethod.Post, "endpoints", Json(w =>
            {
                w.WriteString("url", o.Url);
                w.WriteString("type", "cloud");
                w.WriteString("traffic_policy", policy);
                if (o.Bindings is not null)
                {
                    w.WriteStartArray("bindings");
                    w.WriteStringValue(o.Bindings);
                    w.WriteEndArray();
                }
                if (o.PoolingEnabled) w.WriteBoolean("pooling_enabled", true);
                if (o.Description is not null) w.WriteString("description", o.Description);
                if (o.Metadata is not null) w.WriteString("metadata", o.Metadata);
            })),
            "update" => (HttpMethod.Patch, "endpoints/" + id, Json(w =>
            {
                if (policy is not null) w.WriteString("traffic_policy", policy);
                if (o.Description is not null) w.WriteString("description", o.Description);
                if (o.Metadata is not null) w.WriteString("metadata", o.Metadata);
            })),
            "get" => (HttpMethod.Get, "endpoints/" + id, null),
            "delete" => (HttpMethod.Delete, "endpoints/" + id, null),
            _ => (HttpMethod.Get, "endpoints", null),
        };
    }

    private static string Json(Action<Utf8JsonWriter> fields)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, EventJson.WriterOptions))
        {
            w.WriteStartObject();
            fields(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task ReportErrorAsync(ApiOptions options, int status, string response, string? policy, TextWriter stdout, TextWriter stderr)
    {
        if (options.Json && response.Length > 0) await stdout.WriteLineAsync(response.TrimEnd('\n')).ConfigureAwait(false);
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(response);
        }
        catch (JsonException)
        {
        }
        using (document)
        {
            // Only the API's own error object is read as one; any other answer is shown as it came.
            var root = document?.RootElement;
            var message = StringField(root, "error");
            if (message is null)
            {
                await stderr.WriteLineAsync($"policy-proxy api: the API answered {status}: {response.Trim()}").ConfigureAwait(false);
                return;
            }
            var code = StringField(root, "code");
            await stderr.WriteLineAsync($"policy-proxy api: {message} ({status}{(code is null ? "" : ", " + code)})").ConfigureAwait(false);
            if (root!.Value.TryGetProperty("diagnostics", out var diagnostics) && diagnostics.ValueKind == JsonValueKind.Array)
            {
                var source = policy is null ? null : new SourceText(policy, options.TrafficPolicyFile);
                DiagnosticText.Write(stderr, diagnostics, options.TrafficPolicyFile, source);
            }
        }
    }

    private static string? StringField(JsonElement? root, string name) =>
        root is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
