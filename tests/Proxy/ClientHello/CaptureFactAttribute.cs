namespace Policy.Proxy.Tests.ClientHello;

/// <summary>
/// A fact that runs only when CLIENTHELLO_CAPTURE=1: it re-captures the golden ClientHellos from
/// real clients (needs openssl on PATH) and overwrites the committed hex files.
/// </summary>
public sealed class CaptureFactAttribute : FactAttribute
{
    public CaptureFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CLIENTHELLO_CAPTURE") != "1")
        {
            Skip = "Set CLIENTHELLO_CAPTURE=1 to re-capture golden ClientHellos with openssl and SslStream.";
        }
    }
}
