using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Policy.Proxy.Admin.Api;

/// <summary>
/// Who may use the admin API. With a token, every request must carry
/// <c>Authorization: Bearer TOKEN</c>; the comparison is of SHA-256 hashes (fixed length) in
/// constant time. Without one (a loopback address only, which the config enforces), requests must
/// name the host by address or as localhost, so that a web page on a domain that resolves to
/// 127.0.0.1 cannot reach the API.
/// </summary>
public sealed class AdminAuth(string? token)
{
    private readonly byte[]? _tokenHash = string.IsNullOrEmpty(token) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>True when a token is required.</summary>
    public bool RequiresToken => _tokenHash is not null;

    /// <summary>Null when the request may proceed; otherwise the error to answer.</summary>
    public ApiError? Check(HttpRequest request)
    {
        if (_tokenHash is null)
        {
            var host = request.Host.Host;
            // Host names are case-insensitive (RFC 3986), so LOCALHOST is localhost too.
            return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host, out _) ? null
                : new ApiError(403, ApiErrorCodes.ForbiddenHost, $"requests must address this API as an IP address or localhost, not '{host}'");
        }
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return presented.Length > 0 && CryptographicOperations.FixedTimeEquals(hash, _tokenHash) ? null
            : new ApiError(401, ApiErrorCodes.Unauthorized, presented.Length == 0 ? "this API needs Authorization: Bearer <admin.token>" : "the bearer token is not the admin token");
    }
}
