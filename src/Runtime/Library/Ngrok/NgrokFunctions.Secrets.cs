using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

public static partial class NgrokFunctions
{
    /// <summary>
    /// <c>secrets.get(vault, name)</c>: the secret from <see cref="NgrokSecrets.Store"/>; a missing
    /// secret is an error. The error names the vault and the secret, never a value.
    /// </summary>
    public static CelValue SecretsGet(string vault, string name) =>
        NgrokSecrets.Store.Get(vault, name) is { } value
            ? CelString.Of(value)
            : CelError.Of($"secrets.get: no secret '{name}' in vault '{vault}'");
}
