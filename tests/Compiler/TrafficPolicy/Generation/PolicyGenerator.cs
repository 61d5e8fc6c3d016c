using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bogus;

namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>
/// Generates valid policies for a public agent TLS endpoint: random rules with expressions from
/// <see cref="ExpressionGrammar"/> and random, valid configs of the seven TLS actions. A rule ends
/// with at most one terminating action, and a rule without expressions that terminates is the
/// last one, so nothing is unreachable.
/// </summary>
internal sealed class PolicyGenerator
{
    private static readonly Lazy<(string Cert, string Key)> Certificate = new(() =>
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=db.example.com", key, HashAlgorithmName.SHA256);
        using var cert = request.CreateSelfSigned(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return (cert.ExportCertificatePem() + "\n", key.ExportPkcs8PrivateKeyPem() + "\n");
    });

    private readonly Faker _faker;
    private readonly Randomizer _r;
    private readonly ExpressionGrammar _grammar;

    public PolicyGenerator(int seed)
    {
        _faker = new Faker { Random = new Randomizer(seed) };
        _r = _faker.Random;
        _grammar = new ExpressionGrammar(_faker);
    }

    /// <summary>The randomizer, shared with writers and mutators of the same case.</summary>
    public Randomizer Random => _r;

    /// <summary>The expression grammar (for mutations that need a valid expression).</summary>
    public ExpressionGrammar Grammar => _grammar;

    public DocMap Policy(int maxRules = 8)
    {
        _grammar.Vars.Clear();
        var rules = new DocList();
        var count = _r.Number(1, maxRules);
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1;
            var rule = new DocMap();
            if (_r.Bool(0.4f)) rule.Add("name", DocScalar.Of(_faker.Lorem.Sentence(3)));
            // Only the last rule may be a catch-all that terminates.
            var conditional = !last || _r.Bool(0.6f);
            if (conditional)
                rule.Add("expressions", new DocList(Enumerable.Range(0, _r.Number(1, 3)).Select(_ => (DocNode)DocScalar.Of(_grammar.Bool()))));
            else if (_r.Bool(0.2f))
                rule.Add("expressions", new DocList());
            rule.Add("actions", Actions());
            rules.Items.Add(rule);
        }
        return new DocMap().Add("on_tcp_connect", rules);
    }

    private DocList Actions()
    {
        var actions = new DocList();
        var count = _r.Number(1, 4);
        for (var i = 0; i < count; i++)
        {
            var terminating = i == count - 1 && _r.Bool(0.4f);
            actions.Items.Add(terminating ? Terminating() : NonTerminating());
        }
        return actions;
    }

    private DocMap Terminating() => _r.Number(0, 2) switch
    {
        0 => Action("deny", _r.Bool(0.2f) ? new DocMap() : null),
        1 => Action("close-connection", null),
        _ => ForwardInternal(halt: true),
    };

    private DocMap NonTerminating() => _r.Number(0, 4) switch
    {
        0 => Log(),
        1 => RestrictIps(),
        2 => SetVars(),
        3 => TerminateTls(),
        _ => ForwardInternal(halt: false),
    };

    private static DocMap Action(string type, DocMap? config)
    {
        var action = new DocMap().Add("type", DocScalar.Of(type));
        if (config is not null) action.Add("config", config);
        return action;
    }

    private DocMap ForwardInternal(bool halt)
    {
        var labels = Enumerable.Range(0, _r.Number(1, 5)).Select(_ => _faker.Internet.DomainWord());
        var host = string.Join('.', labels) + ".internal";
        var url = _r.Number(0, 3) switch
        {
            0 => $"tls://{host}:{_r.Number(1, 65535)}",
            1 => $"tls://${{{_grammar.Str()}.split('.')[0]}}.internal",
            _ => $"tls://{host}",
        };
        var config = new DocMap().Add("url", DocScalar.Of(url));
        if (!halt) config.Add("on_error", DocScalar.Of("continue"));
        else if (_r.Bool(0.3f)) config.Add("on_error", DocScalar.Of("halt"));
        return Action("forward-internal", config);
    }

    private DocMap Log()
    {
        var metadata = new DocMap();
        var used = new HashSet<string>();
        for (var i = _r.Number(1, 4); i > 0; i--)
        {
            var key = _faker.Lorem.Word() + (used.Count > 0 && _r.Bool(0.2f) ? " " + _faker.Lorem.Word() : "");
            if (!used.Add(key)) continue;
            metadata.Add(key, DocScalar.Of(Template()));
        }
        return Action("log", new DocMap().Add("metadata", metadata));
    }

    /// <summary>A string value with zero or more ${...} interpolations.</summary>
    private string Template() => _r.Number(0, 4) switch
    {
        0 => _faker.Lorem.Sentence(),
        1 => $"${{{_grammar.Str()}}}",
        2 => $"{_faker.Lorem.Word()}=${{{_grammar.Int()}}} {_faker.Lorem.Word()}=${{{_grammar.Str()}}}",
        3 => $"${{{_grammar.Bool()}}}",
        _ => $"${{ {_grammar.Str()} }}-{_faker.Internet.DomainWord()}",
    };

    private DocMap RestrictIps()
    {
        var config = new DocMap();
        if (_r.Bool(0.6f)) config.Add("enforce", DocScalar.Of(_r.Bool()));
        var seen = new HashSet<string>();
        foreach (var field in new[] { "allow", "deny" })
        {
            if (!_r.Bool(0.6f) && !(field == "deny" && config["allow"] is null)) continue;
            var list = new DocList();
            for (var i = _r.Number(1, 4); i > 0; i--)
            {
                var cidr = _grammar.Cidr();
                if (seen.Add(System.Net.IPNetwork.Parse(cidr).ToString())) list.Items.Add(DocScalar.Of(cidr));
            }
            if (_r.Bool(0.1f)) list.Items.Add(DocScalar.Of("${conn.client_ip}/32"));
            config.Add(field, list);
        }
        return Action("restrict-ips", config);
    }

    private DocMap SetVars()
    {
        var vars = new DocList();
        for (var i = _r.Number(1, 4); i > 0; i--)
        {
            var name = _faker.Lorem.Word().Replace('-', '_') + _r.Number(0, 99);
            (DocNode value, VarKind? kind) = _r.Number(0, 7) switch
            {
                0 => ((DocNode)DocScalar.Of(_faker.Lorem.Word()), (VarKind?)VarKind.String),
                1 => (DocScalar.Of((long)_r.Number(-1000, 1000)), VarKind.Int),
                2 => (DocScalar.Of(_r.Bool()), VarKind.Bool),
                3 => (DocScalar.Of($"${{{_grammar.Int()}}}"), VarKind.Int),
                4 => (DocScalar.Of($"{_faker.Lorem.Word()}-${{{_grammar.Int()}}}"), VarKind.String),
                5 => (new DocList([DocScalar.Of(_faker.Lorem.Word()), DocScalar.Of(_faker.Lorem.Word())]), VarKind.StringList),
                6 => ((DocNode)new DocMap().Add("a", DocScalar.Of(1.5)).Add("b", new DocList([DocScalar.Of(null), DocScalar.Of(true)])), null),
                _ => (DocScalar.Of($"${{{_grammar.Str()}}}"), VarKind.String),
            };
            vars.Items.Add(new DocMap().Add(name, value));
            // A name set again with another type becomes dyn: stop using it.
            if (kind is { } k && (!_grammar.Vars.TryGetValue(name, out var old) || old == k)) _grammar.Vars[name] = k;
            else _grammar.Vars.Remove(name);
        }
        return Action("set-vars", new DocMap().Add("vars", vars));
    }

    private DocMap TerminateTls()
    {
        var config = new DocMap();
        if (_r.Bool(0.4f))
        {
            var min = _r.ArrayElement(new[] { "1.2", "1.3" });
            config.Add("min_version", _r.Bool(0.3f) ? DocScalar.Of(double.Parse(min, System.Globalization.CultureInfo.InvariantCulture)) : DocScalar.Of(min));
            if (min == "1.2" && _r.Bool()) config.Add("max_version", DocScalar.Of(_r.ArrayElement(new[] { "1.2", "1.3" })));
        }
        if (_r.Bool(0.3f))
        {
            config.Add("server_certificate", DocScalar.Of(Certificate.Value.Cert));
            config.Add("server_private_key", DocScalar.Of(Certificate.Value.Key));
        }
        if (_r.Bool(0.4f))
        {
            var cas = new DocList([DocScalar.Of("ca_" + _r.AlphaNumeric(12))]);
            if (_r.Bool()) cas.Items.Add(DocScalar.Of(Certificate.Value.Cert));
            if (_r.Bool(0.2f)) cas.Items.Add(DocScalar.Of("${secrets.get('vault', 'ca')}"));
            config.Add("mutual_tls_certificate_authorities", cas);
            if (_r.Bool()) config.Add("mutual_tls_verification_strategy", DocScalar.Of(_r.ArrayElement(new[] { "require-and-verify", "require-any", "request" })));
        }
        return Action("terminate-tls", _r.Bool(0.8f) ? config : null);
    }
}
