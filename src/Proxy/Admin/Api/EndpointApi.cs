using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Admin.Metrics;
using Policy.Proxy.Admin.Store;
using Policy.Proxy.Endpoints;
using Policy.Proxy.Hosting;

namespace Policy.Proxy.Admin.Api;

/// <summary>
/// The admin API's handlers. Reads see the serving configuration; each change is checked (URL
/// rules, the policy compiled as for policy-lint, pooling conflicts), then applied under the
/// server's configuration lock: snapshot built, store committed, snapshot served, then the reply.
/// A change's policy is compiled once, before the lock, and the snapshot build takes that result.
/// </summary>
public sealed partial class EndpointApi(ProxyServer server)
{
    /// <summary>The most bytes of <c>description</c>.</summary>
    public const int MaxDescriptionBytes = 255;

    /// <summary>The most bytes of <c>metadata</c>.</summary>
    public const int MaxMetadataBytes = 4096;

    private static readonly string[] CreateFields = ["url", "type", "traffic_policy", "description", "metadata", "bindings", "pooling_enabled"];
    private static readonly string[] UpdateFields = ["id", "url", "type", "traffic_policy", "description", "metadata", "bindings", "pooling_enabled"];
    private static readonly string[] ValidateFields = ["traffic_policy", "url", "bindings", "type"];

    /// <summary><c>GET /endpoints</c>.</summary>
    public Task ListAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status200OK, w => EndpointJson.WriteList(w, EndpointView.All(server)));

    /// <summary><c>GET /endpoints/{id}</c>.</summary>
    public Task GetAsync(HttpContext context)
    {
        var id = Id(context);
        return EndpointView.Find(server, id) is { } view
            ? JsonResponse.WriteAsync(context, StatusCodes.Status200OK, w => EndpointJson.Write(w, view))
            : JsonResponse.WriteErrorAsync(context, ApiError.NoEndpoint(id));
    }

    /// <summary><c>POST /endpoints</c>: creates a cloud endpoint.</summary>
    public async Task CreateAsync(HttpContext context)
    {
        var (body, error) = await JsonBody.ReadAsync(context, CreateFields).ConfigureAwait(false);
        var (created, refusal) = body is null ? (null, error) : await CreateAsync(body).ConfigureAwait(false);
        if (created is null)
        {
            await JsonResponse.WriteErrorAsync(context, refusal!).ConfigureAwait(false);
            return;
        }
        context.Response.Headers.Location = "/endpoints/" + created.Id;
        await JsonResponse.WriteAsync(context, StatusCodes.Status201Created, w => EndpointJson.Write(w, EndpointView.Of(created))).ConfigureAwait(false);
    }

    private async Task<(StoredEndpoint? Created, ApiError? Error)> CreateAsync(JsonBody body)
    {
        var url = body.String("url", required: true);
        var type = body.String("type");
        var policy = body.String("traffic_policy", required: true);
        var description = body.String("description", maxBytes: MaxDescriptionBytes) ?? "";
        var metadata = body.String("metadata", maxBytes: MaxMetadataBytes) ?? "";
        var bindings = body.StringList("bindings");
        var pooling = body.Bool("pooling_enabled") ?? false;
        if (body.Error is { } invalid) return (null, invalid);
        if (type is not null && type != "cloud")
        {
            return (null, ApiError.BadRequest(ApiErrorCodes.InvalidField,
                $"type '{type}' cannot be created here: the API creates cloud endpoints; agent endpoints (with an upstream) come from the config file"));
        }
        var (address, binding, urlError) = UrlRules.Check(url!, bindings);
        if (urlError is not null) return (null, urlError);
        // Compiled once, here, before the lock: the snapshot build below reuses the result.
        if (PolicyCheck.Compile(policy!, binding, server.PolicyFactory, server.Current.Policies, out var compiled) is { } policyError) return (null, policyError);

        using var editor = await server.EditStoredEndpointsAsync().ConfigureAwait(false);
        if (editor is null) return (null, ApiError.Unavailable);
        var now = DateTimeOffset.UtcNow;
        var endpoint = new StoredEndpoint(EndpointIds.New(), address!, binding, pooling, policy!, description, metadata, now, now);
        if (Conflict(endpoint, editor) is { } conflict) return (null, conflict);
        var failed = editor.Apply(editor.Stored.Add(endpoint), store => store.Insert(endpoint), $"endpoint {endpoint.Id} ({endpoint.Address.Url}) created", compiled);
        return failed.IsEmpty ? (endpoint, null) : (null, BuildFailed(failed));
    }

    private static ApiError? Conflict(StoredEndpoint candidate, StoredEndpointEditor editor)
    {
        var existing = editor.Snapshot.Config.Endpoints.Concat(editor.Stored.Select(s => s.Config));
        if (EndpointConflicts.Find(candidate.Config, existing) is not { } other) return null;
        var who = other.Id is null ? $"endpoint '{other.Name}' of the config file" : $"endpoint {other.Id}";
        return candidate.PoolingEnabled
            ? new ApiError(409, ApiErrorCodes.PoolingConflict, $"{who} is already on {candidate.Address.Url} without pooling_enabled; endpoints share a url only when every one of them enables pooling")
            : new ApiError(409, ApiErrorCodes.UrlTaken, $"{who} is already on {candidate.Address.Url}; endpoints share a url only when every one of them enables pooling");
    }

    private static ApiError BuildFailed(ImmutableArray<Policy.Compiler.Diagnostics.Diagnostic> errors) =>
        new ApiError(500, ApiErrorCodes.InternalError, "the endpoint passed its checks but the configuration could not be built; nothing was changed: " + errors[0]) with { Diagnostics = errors };

    /// <summary><c>POST /traffic-policy/validate</c>: compiles a policy for an endpoint without storing anything.</summary>
    public async Task ValidateAsync(HttpContext context)
    {
        var (body, error) = await JsonBody.ReadAsync(context, ValidateFields).ConfigureAwait(false);
        if (body is null)
        {
            await JsonResponse.WriteErrorAsync(context, error!).ConfigureAwait(false);
            return;
        }
        var policy = body.String("traffic_policy", required: true);
        var url = body.String("url");
        var bindings = body.StringList("bindings");
        var type = body.String("type") ?? "cloud";
        if (body.Error is null && type is not ("cloud" or "agent"))
            error = ApiError.BadRequest(ApiErrorCodes.InvalidField, $"type must be cloud or agent, not '{type}'");
        var binding = EndpointBinding.Public;
        if (body.Error is null && error is null)
        {
            if (url is not null) (_, binding, error) = UrlRules.Check(url, bindings);
            else if (bindings is not null) (binding, error) = UrlRules.Binding(bindings);
        }
        if ((body.Error ?? error) is { } invalid)
        {
            await JsonResponse.WriteErrorAsync(context, invalid).ConfigureAwait(false);
            return;
        }
        var endpointContext = new EndpointContext(Scheme.Tls, binding, type == "agent" ? EndpointType.Agent : EndpointType.Cloud);
        if (PolicyCheck.Run(policy!, endpointContext, out var diagnostics) is { } policyError)
        {
            await JsonResponse.WriteErrorAsync(context, policyError).ConfigureAwait(false);
            return;
        }
        await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", true);
            DiagnosticJson.WriteArray(w, "diagnostics", diagnostics);
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    /// <summary><c>GET /metrics</c>.</summary>
    public async Task MetricsAsync(HttpContext context)
    {
        var byType = server.Current.Endpoints.All.GroupBy(e => e.Type == EndpointType.Cloud ? "cloud" : "agent").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var type in new[] { "agent", "cloud" }) byType.TryAdd(type, 0);
        // Open connections' bytes go into the counters now, so a long-lived tunnel shows before it closes.
        server.Connections.ReportBytes(server.Metrics);
        var text = server.Metrics.Render(server.Connections.Count, byType);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = PrometheusText.ContentType;
        await context.Response.WriteAsync(text, context.RequestAborted).ConfigureAwait(false);
    }

    private static string Id(HttpContext context) => context.Request.RouteValues["id"] as string ?? "";
}
