using Policy.Proxy.Tests.ClientHello;

namespace Policy.Proxy.Tests.Support;

/// <summary>ClientHello records for a chosen server name.</summary>
internal static class Hellos
{
    /// <summary>A well-formed ClientHello record naming <paramref name="serverName"/> (no server_name extension when null).</summary>
    public static byte[] For(string? serverName) => new HelloBuilder { Extensions = HelloBuilder.DefaultExtensions(serverName) }.Record();

    /// <summary>Sends a ClientHello for <paramref name="serverName"/> on a new connection and returns it.</summary>
    public static async Task<RawClient> SendAsync(int port, string? serverName)
    {
        var client = await RawClient.ConnectAsync(port);
        await client.SendAsync(For(serverName));
        return client;
    }
}
