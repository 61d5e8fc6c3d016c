using System.Net.Http.Headers;
using System.Text;

namespace Policy.Proxy.Cli;

/// <summary>HTTP calls to the admin API: the status and body of each, or a connection error message.</summary>
public sealed class AdminClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _http;

    /// <summary>A client of the API at <paramref name="apiUrl"/>, sending <paramref name="token"/> as a bearer token when given.</summary>
    public AdminClient(string apiUrl, string? token, HttpMessageHandler? handler = null)
    {
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = new Uri(apiUrl.TrimEnd('/') + "/");
        _http.Timeout = Timeout;
        if (token is not null) _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Sends a request; <paramref name="json"/> is the body, if any.</summary>
    public async Task<(int Status, string Body, string? ConnectionError)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        try
        {
            using var response = await _http.SendAsync(request).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return ((int)response.StatusCode, body, null);
        }
        catch (HttpRequestException e)
        {
            return (0, "", $"cannot reach the admin API at {_http.BaseAddress}: {e.Message}");
        }
        catch (TaskCanceledException)
        {
            return (0, "", $"the admin API at {_http.BaseAddress} did not answer within {Timeout.TotalSeconds:0} s");
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _http.Dispose();
}
