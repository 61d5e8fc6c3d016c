namespace Policy.Compiler.TrafficPolicy.Catalog;

/// <summary>
/// One of ngrok's action types: the phases and schemes it exists for, whether it terminates,
/// and a description.
/// </summary>
public sealed record ActionDefinition(string Type, IReadOnlyList<string> Phases, IReadOnlyList<Scheme> Schemes, Termination Termination, string Doc)
{
    /// <summary>The scheme names it applies to, for messages: "http/https".</summary>
    public string SchemeList => string.Join("/", Schemes.Select(SchemeNames.Name));

    /// <summary>Its name in action-result variables: <c>actions.ngrok.restrict_ips</c>.</summary>
    public string ResultName => Type.Replace('-', '_');
}
