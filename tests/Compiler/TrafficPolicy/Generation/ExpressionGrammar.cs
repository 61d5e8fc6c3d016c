using System.Globalization;
using System.Net;
using Bogus;

namespace Policy.Compiler.Tests.TrafficPolicy.Generation;

/// <summary>
/// A small grammar of valid CEL over the on_tcp_connect variables of a TLS endpoint and ngrok's
/// functions: every expression it produces type-checks, bool conditions for rules and string or
/// int expressions for interpolations. Variables set earlier by set-vars are used with their types.
/// </summary>
internal sealed class ExpressionGrammar(Faker faker)
{
    private static readonly string[] StringVars =
    [
        "conn.client_ip", "conn.server_ip", "conn.server_region", "conn.tls.sni", "conn.tls.version",
        "conn.tls.cipher_suite", "conn.tls.ja4_fingerprint", "conn.tls.negotiated_alpn",
        "conn.tls.client.subject.common_name", "conn.tls.client.issuer.common_name", "conn.tls.client.serial_number",
        "conn.tls.client.pem", "conn.tls.server.signature_algorithm",
        "conn.client_ip.geo.location.country_code", "conn.client_ip.geo.location.city", "conn.client_ip.as.organization",
        "conn.server_ip.geo.registered_location.timezone", "conn.geo.country", "conn.geo.latitude",
        "endpoint.host", "endpoint.url", "endpoint.protocol", "endpoint.id", "endpoint.addr", "time.now",
        "actions.ngrok.restrict_ips.action", "actions.ngrok.restrict_ips.matched_cidr",
        "actions.ngrok.forward_internal.error.code", "actions.ngrok.terminate_tls.version",
    ];

    private static readonly string[] IntVars =
        ["conn.client_port", "conn.server_port", "conn.bytes_in", "conn.bytes_out", "endpoint.port", "conn.client_ip.as.number"];

    private static readonly string[] BoolVars =
    [
        "conn.tls.session_resumed", "conn.client_ip.is_on_blocklist", "conn.client_ip.is_tor_node",
        "conn.client_ip.geo.location.is_eu", "conn.server_ip.geo.registered_location.is_eu",
    ];

    private static readonly string[] ListVars =
    [
        "conn.client_ip.categories", "conn.tls.client.san.dns_names", "conn.tls.client.subject.organization",
        "conn.tls.client.san.ip_addresses", "actions.ngrok.terminate_tls.warnings",
    ];

    private readonly Randomizer _r = faker.Random;

    /// <summary>set-vars variables visible at this point of the phase.</summary>
    public Dictionary<string, VarKind> Vars { get; } = [];

    /// <summary>A bool expression.</summary>
    public string Bool(int depth = 0)
    {
        if (depth >= 3) return Atom();
        return _r.Number(0, 9) switch
        {
            0 => $"{Paren(depth)} && {Paren(depth)}",
            1 => $"{Paren(depth)} || {Paren(depth)}",
            2 => $"!({Bool(depth + 1)})",
            3 => $"({Bool(depth + 1)} ? {Bool(depth + 1)} : {Bool(depth + 1)})",
            _ => Atom(),
        };
    }

    private string Paren(int depth) => _r.Bool() ? $"({Bool(depth + 1)})" : Atom();

    private string Atom() => _r.Number(0, 10) switch
    {
        0 => $"{Str()}.{_r.ArrayElement(new[] { "startsWith", "endsWith", "contains" })}({Literal()})",
        1 => $"{Str()} {_r.ArrayElement(new[] { "==", "!=", "<", ">=" })} {Literal()}",
        2 => $"{Int()} {_r.ArrayElement(new[] { "==", "!=", "<", "<=", ">", ">=" })} {Int()}",
        3 => Var(VarKind.Bool) ?? _r.ArrayElement(BoolVars),
        4 => _r.Number(0, 2) switch
        {
            0 => $"inCidrRange(conn.client_ip, '{Cidr()}')",
            1 => $"inCidrRanges(conn.client_ip, [{string.Join(", ", Enumerable.Range(0, _r.Number(1, 3)).Select(_ => $"'{Cidr()}'"))}])",
            _ => $"{_r.ArrayElement(new[] { "conn.client_ip", "conn.server_ip" })}.isPrivateIp()",
        },
        5 => _r.Number(0, 3) switch
        {
            0 => $"{Literal()} in {List()}",
            1 => $"{List()}.exists(x, x.startsWith({Literal()}))",
            2 => $"size({List()}) {_r.ArrayElement(new[] { "==", ">" })} {_r.Number(0, 5)}",
            _ => $"{List()}.all(c, c != {Literal()})",
        },
        6 => _r.Bool()
            ? $"timestamp(time.now) > timestamp('{faker.Date.Past(5, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'}')"
            : $"conn.ts.start < timestamp(time.now) + duration('{_r.Number(1, 90)}{_r.ArrayElement(new[] { "s", "m", "h" })}')",
        7 => $"{Str()}.matches('^[a-z0-9.-]+$')",
        8 => $"hash.{_r.ArrayElement(new[] { "sha256", "md5", "crc32", "xxhash64" })}({Str()}) != {Literal()}",
        9 => $"{Str()} in [{Literal()}, {Literal()}]",
        _ => $"{Str()}.lowerAscii().size() {_r.ArrayElement(new[] { ">", "<" })} {_r.Number(0, 300)}",
    };

    /// <summary>A string expression.</summary>
    public string Str() => _r.Number(0, 7) switch
    {
        0 => $"{_r.ArrayElement(StringVars)}.lowerAscii()",
        1 => $"({_r.ArrayElement(StringVars)} + {Literal()})",
        2 => $"string({Int()})",
        3 => Var(VarKind.String) ?? _r.ArrayElement(StringVars),
        4 => $"{_r.ArrayElement(StringVars)}.split('.')[0]",
        _ => _r.ArrayElement(StringVars),
    };

    /// <summary>An int expression.</summary>
    public string Int() => _r.Number(0, 5) switch
    {
        0 => _r.Number(-5, 70000).ToString(CultureInfo.InvariantCulture),
        1 => $"size({_r.ArrayElement(StringVars)})",
        2 => $"({_r.ArrayElement(IntVars)} + {_r.Number(0, 10)})",
        3 => Var(VarKind.Int) ?? _r.ArrayElement(IntVars),
        _ => _r.ArrayElement(IntVars),
    };

    private string List() => Var(VarKind.StringList) ?? _r.ArrayElement(ListVars);

    private string? Var(VarKind kind)
    {
        var names = Vars.Where(v => v.Value == kind).Select(v => v.Key).ToArray();
        return names.Length > 0 && _r.Bool(0.7f) ? "vars." + _r.ArrayElement(names) : null;
    }

    /// <summary>A CEL string literal, sometimes with characters that need escaping in YAML or CEL.</summary>
    public string Literal()
    {
        var text = _r.Number(0, 5) switch
        {
            0 => faker.Internet.DomainName(),
            1 => faker.Lorem.Word() + _r.ArrayElement(new[] { ": x", " #y", "\"q\"", "{", "}", "${", "é", "%", "\\\\d", "a,b" }),
            2 => faker.Address.CountryCode(),
            3 => "proxy.anonymous.tor",
            _ => faker.Lorem.Word(),
        };
        return _r.Bool(0.8f) ? "'" + text.Replace("'", "\\'", StringComparison.Ordinal) + "'" : "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>A CIDR range written with its network address, IPv4 or IPv6.</summary>
    public string Cidr()
    {
        var v6 = _r.Bool(0.3f);
        var bytes = _r.Bytes(v6 ? 16 : 4);
        var prefix = _r.Number(0, v6 ? 128 : 32);
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        return $"{new IPAddress(bytes)}/{prefix}";
    }
}
