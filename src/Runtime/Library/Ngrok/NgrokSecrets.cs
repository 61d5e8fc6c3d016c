namespace Policy.Runtime.Library.Ngrok;

/// <summary>The secret store that <c>secrets.get</c> reads; process-wide and replaceable (tests, hosts with a real vault).</summary>
public static class NgrokSecrets
{
    private static volatile ISecretStore _store = EnvironmentSecretStore.Instance;

    /// <summary>The current store; <see cref="EnvironmentSecretStore"/> until replaced.</summary>
    public static ISecretStore Store
    {
        get => _store;
        set => _store = value ?? throw new ArgumentNullException(nameof(value));
    }
}
