namespace Policy.Proxy.Forwarding;

/// <summary>How forwarding ended.</summary>
public enum PumpResult
{
    /// <summary>Both sides finished sending and everything was delivered.</summary>
    Completed,
    /// <summary>A side reset or broke the connection (or it was aborted).</summary>
    Broken,
}
