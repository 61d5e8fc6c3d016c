using Policy.Runtime.Library.Ngrok;
using static Policy.Runtime.Tests.Library.Ngrok.Cel;
using F = Policy.Runtime.Library.Ngrok.NgrokFunctions;

namespace Policy.Runtime.Tests.Library.Ngrok;

// The store is process-wide; every test that swaps it lives in this class, so they run one at a time.
public class SecretsTests
{
    private sealed class FakeStore(Dictionary<(string, string), string> secrets) : ISecretStore
    {
        public List<(string Vault, string Name)> Lookups { get; } = [];

        public string? Get(string vault, string name)
        {
            Lookups.Add((vault, name));
            return secrets.TryGetValue((vault, name), out var v) ? v : null;
        }
    }

    private static T WithStore<T>(ISecretStore store, Func<T> body)
    {
        var previous = NgrokSecrets.Store;
        NgrokSecrets.Store = store;
        try
        {
            return body();
        }
        finally
        {
            NgrokSecrets.Store = previous;
        }
    }

    [Fact]
    public void Get_reads_the_current_store()
    {
        var store = new FakeStore(new() { [("vault-name", "secret-name")] = "s3cr3t" });
        Assert.Equal("s3cr3t", WithStore(store, () => AsText(F.SecretsGet("vault-name", "secret-name"))));
        Assert.Equal([("vault-name", "secret-name")], store.Lookups);
    }

    [Fact]
    public void A_missing_secret_is_an_error_that_names_it()
    {
        var store = new FakeStore(new() { [("v", "present")] = "value" });
        var message = WithStore(store, () => AsError(F.SecretsGet("v", "absent")));
        Assert.Equal("secrets.get: no secret 'absent' in vault 'v'", message);
        Assert.Equal("secrets.get: no secret 'present' in vault 'other'", WithStore(store, () => AsError(F.SecretsGet("other", "present"))));
    }

    [Fact]
    public void The_default_store_is_the_environment()
    {
        Assert.IsType<EnvironmentSecretStore>(NgrokSecrets.Store);
        Assert.Throws<ArgumentNullException>(() => NgrokSecrets.Store = null!);
    }

    [Theory]
    [InlineData("vault", "name", "POLICY_SECRET_VAULT_NAME")]
    [InlineData("db-vault", "ca.pem", "POLICY_SECRET_DB_VAULT_CA_PEM")]
    [InlineData("My Vault", "api/key:1", "POLICY_SECRET_MY_VAULT_API_KEY_1")]
    [InlineData("vault", "clé", "POLICY_SECRET_VAULT_CL_")]
    [InlineData("", "", "POLICY_SECRET__")]
    public void Environment_variable_names_are_upper_case_with_underscores(string vault, string name, string expected)
    {
        Assert.Equal(expected, EnvironmentSecretStore.VariableName(vault, name));
    }

    [Fact]
    public void The_environment_store_reads_the_variable()
    {
        var vault = "test-" + Guid.NewGuid().ToString("N");
        var variable = EnvironmentSecretStore.VariableName(vault, "token");
        Environment.SetEnvironmentVariable(variable, "from-env");
        try
        {
            Assert.Equal("from-env", WithStore(EnvironmentSecretStore.Instance, () => AsText(F.SecretsGet(vault, "token"))));
            Assert.Equal($"secrets.get: no secret 'other' in vault '{vault}'",
                WithStore(EnvironmentSecretStore.Instance, () => AsError(F.SecretsGet(vault, "other"))));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
