using Microsoft.Extensions.Hosting;

namespace Policy.Proxy.Admin.Api;

/// <summary>
/// The admin host's lifetime: it starts and stops with the proxy and listens to no signal (the
/// proxy's own SIGTERM handling drains connections first, then stops the admin API).
/// </summary>
internal sealed class AdminHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
