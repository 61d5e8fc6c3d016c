using System.Security.Cryptography.X509Certificates;
using System.Text;
using Policy.Runtime.Values;

namespace Policy.Runtime.Traffic;

/// <summary>
/// The fields of a certificate that Traffic Policy exposes under <c>conn.tls.client.*</c>,
/// <c>conn.tls.server.*</c> and <c>actions.ngrok.terminate_tls.{client,server}.*</c>.
/// </summary>
public sealed class CertificateInfo
{
    private readonly X509Certificate2 _certificate;
    private readonly Lazy<Dictionary<string, CelValue>> _fields;

    /// <summary>Describes a certificate.</summary>
    public CertificateInfo(X509Certificate2 certificate)
    {
        _certificate = certificate;
        _fields = new(Build);
    }

    /// <summary>The field names, relative to the certificate (<c>subject.common_name</c>, <c>san.dns_names</c>…).</summary>
    public static readonly IReadOnlyList<(string Name, Types.CelType Type)> Fields = BuildFieldList();

    /// <summary>The value of a relative field name, or null when the name is not a certificate field.</summary>
    public CelValue? Get(string field) => _fields.Value.GetValueOrDefault(field);

    /// <summary>The empty value of each field, used when there is no certificate.</summary>
    public static CelValue Empty(string field) => Fields.FirstOrDefault(f => f.Name == field).Type?.Kind switch
    {
        Types.TypeKind.List => CelList.Empty,
        Types.TypeKind.Timestamp => CelTimestamp.Create(0, 0),
        null => CelError.NoSuchAttribute(field),
        _ => CelString.Empty,
    };

    private static List<(string, Types.CelType)> BuildFieldList()
    {
        var s = Types.CelType.String;
        var list = Types.CelType.List(Types.CelType.String);
        var fields = new List<(string, Types.CelType)>
        {
            ("pem", s), ("subject", s), ("issuer", s), ("san", s), ("serial_number", s), ("signature_algorithm", s),
            ("validity.not_before", Types.CelType.Timestamp), ("validity.not_after", Types.CelType.Timestamp),
            ("extensions", Types.CelType.List(Types.CelType.Map(s, Types.CelType.Dyn))),
            ("san.dns_names", list), ("san.email_addresses", list), ("san.ip_addresses", list), ("san.uris", list),
        };
        foreach (var part in new[] { "subject", "issuer" })
        {
            fields.Add(($"{part}.common_name", s));
            foreach (var attr in new[] { "country", "locality", "organization", "organizational_unit", "postal_code", "province", "street_address" })
                fields.Add(($"{part}.{attr}", list));
        }
        return fields;
    }

    private Dictionary<string, CelValue> Build()
    {
        var c = _certificate;
        var d = new Dictionary<string, CelValue>
        {
            ["pem"] = CelString.Of(c.ExportCertificatePem()),
            ["subject"] = CelString.Of(DistinguishedName(c.SubjectName)),
            ["issuer"] = CelString.Of(DistinguishedName(c.IssuerName)),
            ["serial_number"] = CelString.Of(c.SerialNumber.ToLowerInvariant().TrimStart('0')),
            ["signature_algorithm"] = CelString.Of(SignatureAlgorithm(c.SignatureAlgorithm.FriendlyName ?? c.SignatureAlgorithm.Value ?? "")),
            ["validity.not_before"] = CelTimestamp.FromDateTimeOffset(c.NotBefore.ToUniversalTime()),
            ["validity.not_after"] = CelTimestamp.FromDateTimeOffset(c.NotAfter.ToUniversalTime()),
        };
        AddName(d, "subject", c.SubjectName);
        AddName(d, "issuer", c.IssuerName);
        AddAlternativeNames(d, c);
        d["extensions"] = CelList.Wrap([.. c.Extensions.Select(e => (CelValue)CelMap.OfStrings([
            new("id", CelString.Of(e.Oid?.Value ?? "")),
            new("critical", CelBool.Of(e.Critical)),
            new("value", CelBytes.Of(e.RawData)),
        ]))]);
        return d;
    }

    private static readonly (string Attr, string Oid)[] NameAttributes =
    [
        ("common_name", "2.5.4.3"), ("country", "2.5.4.6"), ("locality", "2.5.4.7"), ("organization", "2.5.4.10"),
        ("organizational_unit", "2.5.4.11"), ("postal_code", "2.5.4.17"), ("province", "2.5.4.8"), ("street_address", "2.5.4.9"),
    ];

    private static void AddName(Dictionary<string, CelValue> d, string part, X500DistinguishedName name)
    {
        var rdns = name.EnumerateRelativeDistinguishedNames().ToList();
        foreach (var (attr, oid) in NameAttributes)
        {
            var values = rdns.Where(r => r.GetSingleElementType().Value == oid).Select(r => r.GetSingleElementValue() ?? "").ToList();
            d[$"{part}.{attr}"] = attr == "common_name" ? CelString.Of(values.FirstOrDefault() ?? "") : CelList.OfStrings(values);
        }
    }

    /// <summary>RFC 2253 order (most specific first), as <c>CN=…,O=…,C=…</c>.</summary>
    private static string DistinguishedName(X500DistinguishedName name) =>
        name.Decode(X500DistinguishedNameFlags.UseCommas | X500DistinguishedNameFlags.DoNotUseQuotes).Replace(", ", ",", StringComparison.Ordinal);

    private static string SignatureAlgorithm(string friendly) => friendly.ToLowerInvariant() switch
    {
        "sha256rsa" => "SHA256-RSA", "sha384rsa" => "SHA384-RSA", "sha512rsa" => "SHA512-RSA", "sha1rsa" => "SHA1-RSA",
        "sha256ecdsa" => "ECDSA-SHA256", "sha384ecdsa" => "ECDSA-SHA384", "sha512ecdsa" => "ECDSA-SHA512",
        _ => friendly,
    };

    private static void AddAlternativeNames(Dictionary<string, CelValue> d, X509Certificate2 c)
    {
        var dns = new List<string>();
        var ips = new List<string>();
        var emails = new List<string>();
        var uris = new List<string>();
        if (c.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault() is { } san)
        {
            dns.AddRange(san.EnumerateDnsNames());
            ips.AddRange(san.EnumerateIPAddresses().Select(ip => ip.ToString()));
            var reader = new System.Formats.Asn1.AsnReader(san.RawData, System.Formats.Asn1.AsnEncodingRules.DER).ReadSequence();
            while (reader.HasData)
            {
                var tag = reader.PeekTag();
                if (tag.TagClass == System.Formats.Asn1.TagClass.ContextSpecific && tag.TagValue is 1 or 6)
                {
                    var text = Encoding.ASCII.GetString(reader.ReadOctetString(tag));
                    (tag.TagValue == 1 ? emails : uris).Add(text);
                }
                else
                {
                    reader.ReadEncodedValue();
                }
            }
        }
        var parts = dns.Select(n => "DNS:" + n).Concat(emails.Select(e => "email:" + e)).Concat(ips.Select(i => "IP Address:" + i)).Concat(uris.Select(u => "URI:" + u));
        d["san"] = CelString.Of(string.Join(", ", parts));
        d["san.dns_names"] = CelList.OfStrings(dns);
        d["san.email_addresses"] = CelList.OfStrings(emails);
        d["san.ip_addresses"] = CelList.OfStrings(ips);
        d["san.uris"] = CelList.OfStrings(uris);
    }
}
