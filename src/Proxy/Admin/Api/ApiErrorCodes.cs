namespace Policy.Proxy.Admin.Api;

/// <summary>
/// The <c>code</c> of admin API errors: ngrok's number where ngrok has the same check
/// (<c>ERR_NGROK_NNNN</c>), otherwise a short name.
/// </summary>
public static class ApiErrorCodes
{
    /// <summary>The URL is not a valid endpoint URL.</summary>
    public const string InvalidUrl = "ERR_NGROK_18001";
    /// <summary>The traffic policy does not compile for the endpoint.</summary>
    public const string InvalidPolicy = "ERR_NGROK_18002";
    /// <summary>The binding is not one a TLS endpoint may have, or does not fit the host.</summary>
    public const string InvalidBinding = "ERR_NGROK_18007";
    /// <summary>Another endpoint is on the URL and neither side allows pooling.</summary>
    public const string UrlTaken = "ERR_NGROK_18009";
    /// <summary>The traffic policy is empty.</summary>
    public const string EmptyPolicy = "ERR_NGROK_18011";
    /// <summary>This endpoint enables pooling but one already on the URL does not.</summary>
    public const string PoolingConflict = "ERR_NGROK_18016";
    /// <summary>The URL's scheme is not <c>tls</c>.</summary>
    public const string InvalidScheme = "ERR_NGROK_18022";
    /// <summary>A public URL with a port other than 443.</summary>
    public const string InvalidPort = "ERR_NGROK_18023";
    /// <summary>The internal binding with a host that does not end in <c>.internal</c>.</summary>
    public const string InternalHostRequired = "ERR_NGROK_9029";
    /// <summary>No or a wrong bearer token.</summary>
    public const string Unauthorized = "unauthorized";
    /// <summary>No such endpoint or route.</summary>
    public const string NotFound = "not_found";
    /// <summary>The route does not take this method.</summary>
    public const string MethodNotAllowed = "method_not_allowed";
    /// <summary>The body is larger than the limit.</summary>
    public const string PayloadTooLarge = "payload_too_large";
    /// <summary>A body that is not sent as <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";
    /// <summary>Without a token, a request whose Host header is a name other than localhost (a DNS-rebinding page).</summary>
    public const string ForbiddenHost = "forbidden_host";
    /// <summary>The body is not well-formed JSON.</summary>
    public const string MalformedJson = "malformed_json";
    /// <summary>The body is JSON but not the object the route takes.</summary>
    public const string InvalidBody = "invalid_body";
    /// <summary>The body has a field the route does not know.</summary>
    public const string UnknownField = "unknown_field";
    /// <summary>A required field is missing.</summary>
    public const string MissingField = "missing_field";
    /// <summary>A field has the wrong type or an invalid value.</summary>
    public const string InvalidField = "invalid_field";
    /// <summary>A field that cannot change after creation (url, bindings, pooling_enabled, type).</summary>
    public const string ImmutableField = "immutable_field";
    /// <summary>The endpoint is defined in the config file, which the API does not change.</summary>
    public const string ReadOnly = "read_only";
    /// <summary>The proxy is shutting down.</summary>
    public const string Unavailable = "unavailable";
    /// <summary>A bug.</summary>
    public const string InternalError = "internal_error";
}
