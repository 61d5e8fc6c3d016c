using Policy.Compiler.TrafficPolicy.Catalog;
using Policy.Proxy.Endpoints;

namespace Policy.Proxy.Admin.Api;

/// <summary>
/// The URL and binding rules of an endpoint created through the API: <c>tls://</c> only; public
/// endpoints on port 443 (implied) and never on a <c>.internal</c> host; internal endpoints on a
/// <c>.internal</c> host (which implies the binding) and any port; <c>*.</c> only as the whole first label.
/// </summary>
public static class UrlRules
{
    /// <summary>Checks a URL and the optional <c>bindings</c>; the address and binding, or an error.</summary>
    public static (EndpointAddress? Address, EndpointBinding Binding, ApiError? Error) Check(string url, IReadOnlyList<string>? bindings)
    {
        var sep = url.IndexOf("://", StringComparison.Ordinal);
        if (sep >= 0 && !url.AsSpan(0, sep).Trim().Equals("tls", StringComparison.OrdinalIgnoreCase))
            return Fail(ApiErrorCodes.InvalidScheme, $"url '{url}' has scheme '{url[..sep].Trim()}'; endpoints here are tls:// endpoints");
        if (!EndpointAddress.TryParse(url, out var address, out var error))
            return Fail(IsPublicPortProblem(url) ? ApiErrorCodes.InvalidPort : ApiErrorCodes.InvalidUrl, error);
        if (bindings is null) return (address, address.IsInternal ? EndpointBinding.Internal : EndpointBinding.Public, null);
        var (binding, bindingError) = Binding(bindings);
        if (bindingError is not null) return (null, binding, bindingError);
        if (binding == EndpointBinding.Internal && !address.IsInternal)
            return Fail(ApiErrorCodes.InternalHostRequired, $"an internal endpoint's host must end in '.internal', and '{address.Host}' does not");
        if (binding == EndpointBinding.Public && address.IsInternal)
            return Fail(ApiErrorCodes.InvalidBinding, $"'{address.Host}' is a '.internal' host, which cannot be public");
        return (address, binding, null);
    }

    /// <summary>Checks <c>bindings</c> on its own: exactly one of public or internal.</summary>
    public static (EndpointBinding Binding, ApiError? Error) Binding(IReadOnlyList<string> bindings)
    {
        if (bindings.Count != 1) return (EndpointBinding.Public, ApiError.BadRequest(ApiErrorCodes.InvalidBinding, "bindings takes exactly one value: public or internal"));
        var binding = SchemeNames.ParseBinding(bindings[0]);
        return binding is EndpointBinding.Public or EndpointBinding.Internal
            ? (binding.Value, null)
            : (EndpointBinding.Public, ApiError.BadRequest(ApiErrorCodes.InvalidBinding, $"binding '{bindings[0]}' is not supported for tls endpoints; use public or internal"));
    }

    // The URL parses without its port as a public one: the port is what is wrong.
    private static bool IsPublicPortProblem(string url)
    {
        var colon = url.LastIndexOf(':');
        if (colon < 0 || colon == url.IndexOf("://", StringComparison.Ordinal)) return false;
        return EndpointAddress.TryParse(url[..colon], out var withoutPort, out _) && !withoutPort.IsInternal;
    }

    private static (EndpointAddress?, EndpointBinding, ApiError?) Fail(string code, string message) =>
        (null, EndpointBinding.Public, ApiError.BadRequest(code, message));
}
