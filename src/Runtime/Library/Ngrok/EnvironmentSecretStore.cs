using System.Text;

namespace Policy.Runtime.Library.Ngrok;

/// <summary>
/// The default <see cref="ISecretStore"/>: reads the environment variable
/// <c>POLICY_SECRET_&lt;VAULT&gt;_&lt;NAME&gt;</c>, where vault and name are upper-cased and every
/// character other than an ASCII letter or digit becomes <c>_</c>. So
/// <c>secrets.get('db-vault', 'ca.pem')</c> reads <c>POLICY_SECRET_DB_VAULT_CA_PEM</c>. Distinct
/// pairs can share a variable (<c>('a_b', 'c')</c> and <c>('a', 'b_c')</c>); an empty variable
/// counts as a secret with an empty value.
/// </summary>
public sealed class EnvironmentSecretStore : ISecretStore
{
    /// <summary>The shared instance.</summary>
    public static EnvironmentSecretStore Instance { get; } = new();

    /// <inheritdoc/>
    public string? Get(string vault, string name) => Environment.GetEnvironmentVariable(VariableName(vault, name));

    /// <summary>The environment variable that holds the secret <paramref name="name"/> of <paramref name="vault"/>.</summary>
    public static string VariableName(string vault, string name)
    {
        var sb = new StringBuilder("POLICY_SECRET_", 16 + vault.Length + name.Length);
        Append(sb, vault);
        sb.Append('_');
        Append(sb, name);
        return sb.ToString();

        static void Append(StringBuilder sb, string part)
        {
            foreach (var c in part) sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }
    }
}
