namespace Policy.Proxy.Cli;

/// <summary>The parsed arguments of <c>policy-proxy api endpoints VERB …</c>.</summary>
public sealed record ApiOptions
{
    /// <summary>The admin API's address when neither <c>--api-url</c> nor <c>POLICY_ADMIN_URL</c> gives one.</summary>
    public const string DefaultApiUrl = "http://127.0.0.1:4040";

    /// <summary><c>create</c>, <c>list</c>, <c>get</c>, <c>update</c> or <c>delete</c>.</summary>
    public string Verb { get; init; } = "";
    /// <summary>The endpoint id (get, update, delete).</summary>
    public string? Id { get; init; }
    /// <summary><c>--url</c>.</summary>
    public string? Url { get; init; }
    /// <summary><c>--traffic-policy</c>.</summary>
    public string? TrafficPolicy { get; init; }
    /// <summary><c>--traffic-policy-file</c>.</summary>
    public string? TrafficPolicyFile { get; init; }
    /// <summary><c>--bindings</c>.</summary>
    public string? Bindings { get; init; }
    /// <summary><c>--pooling-enabled</c>.</summary>
    public bool PoolingEnabled { get; init; }
    /// <summary><c>--description</c>.</summary>
    public string? Description { get; init; }
    /// <summary><c>--metadata</c>.</summary>
    public string? Metadata { get; init; }
    /// <summary><c>--api-url</c>, else <c>POLICY_ADMIN_URL</c>, else <see cref="DefaultApiUrl"/>.</summary>
    public string ApiUrl { get; init; } = DefaultApiUrl;
    /// <summary><c>--token</c>, else <c>POLICY_ADMIN_TOKEN</c>.</summary>
    public string? Token { get; init; }
    /// <summary><c>--json</c>: print the API's JSON.</summary>
    public bool Json { get; init; }
    /// <summary><c>--help</c>.</summary>
    public bool Help { get; init; }

    private static readonly Dictionary<string, string[]> VerbOptions = new(StringComparer.Ordinal)
    {
        ["create"] = ["--url", "--traffic-policy", "--traffic-policy-file", "--bindings", "--pooling-enabled", "--description", "--metadata"],
        ["list"] = [],
        ["get"] = [],
        ["update"] = ["--traffic-policy", "--traffic-policy-file", "--description", "--metadata"],
        ["delete"] = [],
    };

    private static readonly string[] Common = ["--api-url", "--token", "--json", "--help", "-h"];

    /// <summary>Parses the arguments after <c>api</c>; null and a message on a usage error.</summary>
    public static ApiOptions? Parse(IReadOnlyList<string> args, Func<string, string?> environment, out string? error)
    {
        error = null;
        var words = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (!a.StartsWith('-'))
            {
                words.Add(a);
                continue;
            }
            var eq = a.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? a[..eq] : a;
            if (name is "--pooling-enabled" or "--json" or "--help" or "-h")
            {
                if (eq > 0)
                {
                    error = $"{name} takes no value";
                    return null;
                }
                flags.Add(name == "-h" ? "--help" : name);
                continue;
            }
            if (!IsValueOption(name))
            {
                error = $"unknown option '{name}'";
                return null;
            }
            if (eq < 0 && i + 1 >= args.Count)
            {
                error = $"{name} needs a value";
                return null;
            }
            if (!values.TryAdd(name, eq > 0 ? a[(eq + 1)..] : args[++i]))
            {
                error = $"{name} is given more than once";
                return null;
            }
        }
        if (flags.Contains("--help")) return new ApiOptions { Help = true };
        if (words.Count == 0 || words[0] != "endpoints")
        {
            error = words.Count == 0 ? "name what to manage: api endpoints create|list|get|update|delete" : $"unknown resource '{words[0]}'; this command manages 'endpoints'";
            return null;
        }
        if (words.Count < 2 || !VerbOptions.TryGetValue(words[1], out var allowed))
        {
            error = words.Count < 2 ? "name an action: create, list, get, update or delete" : $"unknown action '{words[1]}'; use create, list, get, update or delete";
            return null;
        }
        var verb = words[1];
        var needsId = verb is "get" or "update" or "delete";
        if (words.Count != (needsId ? 3 : 2))
        {
            error = needsId ? (words.Count < 3 ? $"{verb} needs an endpoint id" : $"unexpected argument '{words[3]}'") : $"unexpected argument '{words[2]}'";
            return null;
        }
        var misplaced = values.Keys.Concat(flags).FirstOrDefault(o => !Common.Contains(o) && !allowed.Contains(o));
        if (misplaced is not null)
        {
            error = $"{verb} does not take {misplaced}";
            return null;
        }
        var options = new ApiOptions
        {
            Verb = verb,
            Id = needsId ? words[2] : null,
            Url = values.GetValueOrDefault("--url"),
            TrafficPolicy = values.GetValueOrDefault("--traffic-policy"),
            TrafficPolicyFile = values.GetValueOrDefault("--traffic-policy-file"),
            Bindings = values.GetValueOrDefault("--bindings"),
            PoolingEnabled = flags.Contains("--pooling-enabled"),
            Description = values.GetValueOrDefault("--description"),
            Metadata = values.GetValueOrDefault("--metadata"),
            ApiUrl = values.GetValueOrDefault("--api-url") ?? NonEmpty(environment("POLICY_ADMIN_URL")) ?? DefaultApiUrl,
            Token = values.GetValueOrDefault("--token") ?? NonEmpty(environment("POLICY_ADMIN_TOKEN")),
            Json = flags.Contains("--json"),
        };
        error = options.Check();
        return error is null ? options : null;
    }

    private string? Check()
    {
        if (TrafficPolicy is not null && TrafficPolicyFile is not null) return "give --traffic-policy or --traffic-policy-file, not both";
        if (Verb == "create" && Url is null) return "create needs --url, e.g. --url tls://app.example.com";
        if (Verb == "create" && TrafficPolicy is null && TrafficPolicyFile is null) return "create needs --traffic-policy TEXT or --traffic-policy-file FILE";
        if (Verb == "update" && TrafficPolicy is null && TrafficPolicyFile is null && Description is null && Metadata is null)
            return "update needs something to change: --traffic-policy, --traffic-policy-file, --description or --metadata";
        if (Bindings is not null and not ("public" or "internal")) return $"--bindings must be public or internal, not '{Bindings}'";
        // An HTTP header cannot carry these; HttpClient would throw instead of sending.
        if (Token is not null && Token.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0) return "the token must not contain line breaks or NUL (check --token or POLICY_ADMIN_TOKEN)";
        if (!Uri.TryCreate(ApiUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return $"--api-url '{ApiUrl}' is not an http:// or https:// URL";
        return null;
    }

    private static bool IsValueOption(string name) =>
        name is "--url" or "--traffic-policy" or "--traffic-policy-file" or "--bindings" or "--description" or "--metadata" or "--api-url" or "--token";

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
