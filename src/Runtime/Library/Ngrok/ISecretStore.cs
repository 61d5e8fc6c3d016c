namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// Where <c>secrets.get(vault, name)</c> looks secrets up. ngrok keeps them in its account
/// vaults; a host of this toolkit supplies its own store through <see cref="NgrokSecrets.Store"/>.
/// Implementations must be safe to call from several threads at once.
/// </summary>
public interface ISecretStore
{
    /// <summary>The secret <paramref name="name"/> of <paramref name="vault"/>, or null when there is none.</summary>
    string? Get(string vault, string name);
}
