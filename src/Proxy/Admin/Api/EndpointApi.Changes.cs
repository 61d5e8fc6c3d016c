using Microsoft.AspNetCore.Http;
using Policy.Proxy.Admin.Store;

namespace Policy.Proxy.Admin.Api;

public sealed partial class EndpointApi
{
    /// <summary><c>PATCH /endpoints/{id}</c>: changes the policy, description or metadata of an API endpoint.</summary>
    public async Task UpdateAsync(HttpContext context)
    {
        var id = Id(context);
        if (Refuse(id) is { } refused)
        {
            await JsonResponse.WriteErrorAsync(context, refused).ConfigureAwait(false);
            return;
        }
        var (body, error) = await JsonBody.ReadAsync(context, UpdateFields).ConfigureAwait(false);
        var (updated, refusal) = body is null ? (null, error) : await UpdateAsync(id, body).ConfigureAwait(false);
        if (updated is null) await JsonResponse.WriteErrorAsync(context, refusal!).ConfigureAwait(false);
        else await JsonResponse.WriteAsync(context, StatusCodes.Status200OK, w => EndpointJson.Write(w, EndpointView.Of(updated))).ConfigureAwait(false);
    }

    private async Task<(StoredEndpoint? Updated, ApiError? Error)> UpdateAsync(string id, JsonBody body)
    {
        var bodyId = body.String("id");
        var url = body.String("url");
        var type = body.String("type");
        var bindings = body.StringList("bindings");
        var pooling = body.Bool("pooling_enabled");
        var policy = body.String("traffic_policy");
        var description = body.String("description", maxBytes: MaxDescriptionBytes);
        var metadata = body.String("metadata", maxBytes: MaxMetadataBytes);
        if (body.Error is { } invalid) return (null, invalid);
        if (bodyId is not null && bodyId != id) return (null, ApiError.BadRequest(ApiErrorCodes.InvalidField, $"the body's id '{bodyId}' is not the id in the path '{id}'"));

        // The policy is compiled before the lock, as for a create. The binding it is compiled for
        // cannot change, so the endpoint as it is now tells it; should the endpoint be gone by the
        // time the lock is held, that is found there as always.
        var stored = server.StoredEndpoints;
        var before = IndexOf(stored, id) is var at and >= 0 ? stored[at] : null;
        if (before is null) return (null, ApiError.NoEndpoint(id));
        if (Immutable(before, url, type, bindings, pooling) is { } immutable) return (null, immutable);
        IReadOnlyDictionary<string, Runtime.Policies.CompiledPolicy>? compiled = null;
        if (policy is not null && PolicyCheck.Compile(policy, before.Binding, server.PolicyFactory, server.Current.Policies, out compiled) is { } policyError)
            return (null, policyError);

        using var editor = await server.EditStoredEndpointsAsync().ConfigureAwait(false);
        if (editor is null) return (null, ApiError.Unavailable);
        var index = IndexOf(editor.Stored, id);
        if (index < 0) return (null, ApiError.NoEndpoint(id));
        var current = editor.Stored[index];
        if ((policy ?? current.TrafficPolicy) == current.TrafficPolicy && (description ?? current.Description) == current.Description
            && (metadata ?? current.Metadata) == current.Metadata)
        {
            return (current, null);
        }
        var updated = current.With(policy, description, metadata, DateTimeOffset.UtcNow);
        var failed = editor.Apply(editor.Stored.SetItem(index, updated), store => store.Update(updated), $"endpoint {id} ({current.Address.Url}) updated", compiled);
        return failed.IsEmpty ? (updated, null) : (null, BuildFailed(failed));
    }

    // The URL, binding, type and pooling flag are fixed at creation; sending the current value is harmless.
    private static ApiError? Immutable(StoredEndpoint current, string? url, string? type, List<string>? bindings, bool? pooling)
    {
        string? field = null;
        if (url is not null && !(Endpoints.EndpointAddress.TryParse(url, out var address, out _) && address.Url == current.Address.Url)) field = "url";
        else if (type is not null && type != "cloud") field = "type";
        else if (bindings is not null && !(bindings.Count == 1 && Compiler.TrafficPolicy.Catalog.SchemeNames.ParseBinding(bindings[0]) == current.Binding)) field = "bindings";
        else if (pooling is not null && pooling != current.PoolingEnabled) field = "pooling_enabled";
        return field is null ? null : ApiError.BadRequest(ApiErrorCodes.ImmutableField,
            $"{field} cannot be changed after an endpoint is created; delete it and create a new one");
    }

    /// <summary><c>DELETE /endpoints/{id}</c>.</summary>
    public async Task DeleteAsync(HttpContext context)
    {
        var id = Id(context);
        var error = Refuse(id);
        if (error is null)
        {
            using var editor = await server.EditStoredEndpointsAsync().ConfigureAwait(false);
            var index = editor is null ? -1 : IndexOf(editor.Stored, id);
            if (editor is null) error = ApiError.Unavailable;
            else if (index < 0) error = ApiError.NoEndpoint(id);
            else
            {
                var url = editor.Stored[index].Address.Url;
                var failed = editor.Apply(editor.Stored.RemoveAt(index), store => store.Delete(id), $"endpoint {id} ({url}) deleted");
                if (!failed.IsEmpty) error = BuildFailed(failed);
            }
        }
        if (error is not null)
        {
            await JsonResponse.WriteErrorAsync(context, error).ConfigureAwait(false);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<StoredEndpoint> stored, string id)
    {
        for (var i = 0; i < stored.Length; i++)
        {
            if (stored[i].Id == id) return i;
        }
        return -1;
    }

    // Unknown ids and config endpoints are refused before the body is read.
    private ApiError? Refuse(string id) => EndpointView.Find(server, id) switch
    {
        null => ApiError.NoEndpoint(id),
        { ReadOnly: true } view => ApiError.ReadOnly(id, view.Name),
        _ => null,
    };
}
