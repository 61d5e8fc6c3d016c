namespace Policy.Runtime.Policies;

/// <summary>How a policy run ended, why (for the connection's event), and any run-time errors met on the way.</summary>
public sealed record PolicyOutcome(PolicyOutcomeKind Kind, string CloseReason, IReadOnlyList<string> Errors)
{
    /// <summary>True when the policy let the connection through to the endpoint's default handling.</summary>
    public bool Continues => Kind == PolicyOutcomeKind.Continue;
}
