namespace Policy.Runtime.Traffic;

/// <summary>
/// IP-intelligence facts about an address (<c>conn.client_ip.*</c>): categories, block lists,
/// autonomous system and geography. This proxy has no intelligence database of its own, so
/// unless a provider fills them the values are empty (no categories, not listed, AS 0).
/// </summary>
public sealed record IpIntelligence
{
    /// <summary>Nothing known.</summary>
    public static readonly IpIntelligence Unknown = new();

    /// <summary>Dotted category names such as <c>proxy.anonymous.tor</c>.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>Whether the address is on a block list.</summary>
    public bool IsOnBlocklist { get; init; }
    /// <summary>Autonomous system number.</summary>
    public long AsNumber { get; init; }
    /// <summary>Autonomous system organisation.</summary>
    public string AsOrganization { get; init; } = "";
    /// <summary>Geography fields of the location (<c>geo.location.*</c>), by name.</summary>
    public IReadOnlyDictionary<string, string> Location { get; init; } = new Dictionary<string, string>();
    /// <summary>Geography fields of the registered location (<c>geo.registered_location.*</c>), by name.</summary>
    public IReadOnlyDictionary<string, string> RegisteredLocation { get; init; } = new Dictionary<string, string>();
    /// <summary>Whether the location is in the EU.</summary>
    public bool LocationIsEu { get; init; }
    /// <summary>Whether the registered location is in the EU.</summary>
    public bool RegisteredLocationIsEu { get; init; }
}
