using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Policy.Proxy.Configuration;
using Policy.Proxy.Hosting;

namespace Policy.Proxy.Admin.Api;

/// <summary>
/// The admin API: ASP.NET Core minimal APIs on Kestrel, bound to <c>admin.listen</c>. Every request
/// passes one middleware that answers errors as JSON, counts the request for <c>/metrics</c> and
/// checks the bearer token; the routes are <see cref="EndpointApi"/>'s handlers.
/// </summary>
public sealed class AdminServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;

    private AdminServer(WebApplication app, IPEndPoint endPoint)
    {
        _app = app;
        EndPoint = endPoint;
    }

    /// <summary>The bound address (the actual port when the config asked for port 0).</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Starts listening; throws <see cref="IOException"/> when the address cannot be bound.</summary>
    public static async Task<AdminServer> StartAsync(ProxyServer server, AdminConfig config, ILoggerFactory loggerFactory)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "policy-proxy-admin" });
        builder.Services.AddSingleton(loggerFactory);
        // The proxy handles SIGTERM and SIGINT itself; the default console lifetime would also stop this host on them.
        builder.Services.AddSingleton<IHostLifetime, AdminHostLifetime>();
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = JsonBody.MaxBytes;
            kestrel.Listen(new IPEndPoint(config.Listen.Address!, config.Listen.Port));
        });
        var app = builder.Build();
        var logger = loggerFactory.CreateLogger("Policy.Proxy.Admin");
        var auth = new AdminAuth(config.Token);
        app.Use((context, next) => Pipeline(context, next, server, logger));
        app.UseRouting();
        app.Use((context, next) => auth.Check(context.Request) is { } refused ? JsonResponse.WriteErrorAsync(context, refused) : next(context));
        Map(app, new EndpointApi(server));
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address);
        return new AdminServer(app, new IPEndPoint(IPAddress.Parse(uri.Host.Trim('[', ']')), uri.Port));
    }

    private static void Map(WebApplication app, EndpointApi api)
    {
        app.MapMethods("/endpoints", ["GET"], api.ListAsync);
        app.MapMethods("/endpoints", ["POST"], api.CreateAsync);
        app.MapMethods("/endpoints/{id}", ["GET"], api.GetAsync);
        app.MapMethods("/endpoints/{id}", ["PATCH"], api.UpdateAsync);
        app.MapMethods("/endpoints/{id}", ["DELETE"], api.DeleteAsync);
        app.MapMethods("/traffic-policy/validate", ["POST"], api.ValidateAsync);
        app.MapMethods("/metrics", ["GET"], api.MetricsAsync);
    }

    // Outermost: runs after routing has picked the route, so the request is counted by its route
    // pattern (bounded), and an error without a body (404, 405, a bad request Kestrel refused)
    // still answers JSON.
    private static async Task Pipeline(HttpContext context, RequestDelegate next, ProxyServer server, ILogger logger)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await JsonResponse.WriteErrorAsync(context, new ApiError(e.StatusCode,
                e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ApiErrorCodes.PayloadTooLarge : ApiErrorCodes.InvalidBody, e.Message)).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "admin API {Method} {Path} failed", context.Request.Method, context.Request.Path);
            await JsonResponse.WriteErrorAsync(context, new ApiError(500, ApiErrorCodes.InternalError, "the request failed inside the proxy; see its log")).ConfigureAwait(false);
        }
        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentType is null)
        {
            await JsonResponse.WriteErrorAsync(context, context.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => new ApiError(404, ApiErrorCodes.NotFound, $"no route {context.Request.Path}"),
                StatusCodes.Status405MethodNotAllowed => new ApiError(405, ApiErrorCodes.MethodNotAllowed, $"{context.Request.Path} does not take {context.Request.Method}"),
                var status => new ApiError(status, ApiErrorCodes.InvalidBody, "the request was refused"),
            }).ConfigureAwait(false);
        }
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
        var method = context.Request.Method is "GET" or "POST" or "PATCH" or "DELETE" or "PUT" or "HEAD" or "OPTIONS" ? context.Request.Method : "other";
        server.Metrics.ApiRequests.Add((method, route, context.Response.StatusCode));
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(StopTimeout);
        try
        {
            await _app.StopAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Requests still running after the timeout are cut off.
        }
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
