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
        var implied = address.IsInternal ? EndpointBinding.Internal : EndpointBinding.Public;
        if (bindings is null) return (address, implied, null);
        if (bindings.Count != 1) return Fail(ApiErrorCodes.InvalidBinding, "bindings takes exactly one value: public or internal");
        var binding = SchemeNames.ParseBinding(bindings[0]);
        if (binding is not (EndpointBinding.Public or EndpointBinding.Internal))
            return Fail(ApiErrorCodes.InvalidBinding, $"binding '{bindings[0]}' is not supported for tls endpoints; use public or internal");
        if (binding == EndpointBinding.Internal && !address.IsInternal)
            return Fail(ApiErrorCodes.InternalHostRequired, $"an internal endpoint's host must end in '.internal', and '{address.Host}' does not");
        if (binding == EndpointBinding.Public && address.IsInternal)
            return Fail(ApiErrorCodes.InvalidBinding, $"'{address.Host}' is a '.internal' host, which cannot be public");
        return (address, binding.Value, null);
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
