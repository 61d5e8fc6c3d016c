namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>Whether an action ends policy processing.</summary>
public enum Termination
{
    /// <summary>Never: later actions and rules run.</summary>
    Never,
    /// <summary>Always (deny, close-connection, custom-response).</summary>
    Always,
    /// <summary>Depending on the outcome (forward-internal with on_error: continue, restrict-ips when it blocks).</summary>
    Conditional,
}
