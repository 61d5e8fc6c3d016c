using System.Text.RegularExpressions;
using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Syntax;
using Policy.Runtime.Network;

namespace Policy.Compiler.TrafficPolicy.Binding;

public sealed partial class PolicyBinder
{
    private static readonly Regex IpPolicyId = new("^ipp_[a-zA-Z0-9]+$", RegexOptions.CultureInvariant);

    private IrAction? BindRestrictIps(PolicyMap action, PolicyMap? map)
    {
        var config = Config("restrict-ips", action, map);
        config.AllowKeys("enforce", "allow", "deny", "ip_policies");
        var enforce = config.Boolean("enforce") ?? true;
        var (allowConstant, allowDynamic) = BindCidrs(config, "allow");
        var (denyConstant, denyDynamic) = BindCidrs(config, "deny");

        var policies = new List<string>();
        foreach (var id in config.StringList("ip_policies") ?? [])
        {
            if (!IpPolicyId.IsMatch(id.Value))
                Report(DiagnosticCatalog.InvalidIpPolicyReference, id, $"invalid IP Policy reference(s): '{id.Value}' (ids look like ipp_ followed by letters and digits)");
            else policies.Add(id.Value);
        }
        if (policies.Count > 0)
            Report(DiagnosticCatalog.SuspiciousValue, config.Field("ip_policies")!,
                "IP Policies are objects of an ngrok account; this proxy has none, so these references match no address");

        if (config.Field("allow") is null && config.Field("deny") is null && config.Field("ip_policies") is null)
            Report(DiagnosticCatalog.SuspiciousValue, action, "restrict-ips without allow, deny or ip_policies allows every address");

        return config.Failed ? null : new IrRestrictIps(action.Location, enforce, allowConstant, allowDynamic, denyConstant, denyDynamic, policies);
    }

    /// <summary>Parses the constant CIDRs of a list now, and keeps interpolated ones for run time.</summary>
    private (CidrSet Constant, IReadOnlyList<IrTemplate> Dynamic) BindCidrs(ConfigReader config, string field)
    {
        var builder = new CidrSetBuilder();
        var dynamic = new List<IrTemplate>();
        var seen = new Dictionary<Cidr, PolicyScalar>();
        foreach (var scalar in config.StringList(field) ?? [])
        {
            var template = BindTemplate(scalar);
            if (template is null) continue;
            if (!template.IsConstant)
            {
                dynamic.Add(template);
                continue;
            }
            var text = template.ConstantText.Trim();
            switch (Cidr.Parse(text, out var cidr))
            {
                case NetParseStatus.Success:
                    if (!cidr.IsNetworkAddress)
                        Report(DiagnosticCatalog.CidrNotNetworkAddress, scalar, $"'{text}' is not written with its network address; the range is {cidr.Masked()}");
                    if (seen.TryGetValue(cidr.Masked(), out var first))
                        Report(DiagnosticCatalog.DuplicateValues, scalar, $"{field} contains duplicate values: '{text}' repeats the range on line {first.Location.Line}");
                    else seen[cidr.Masked()] = scalar;
                    builder.Add(cidr, text);
                    break;
                case NetParseStatus.MissingPrefixLength:
                    Report(DiagnosticCatalog.CidrWithoutMask, scalar, $"'{text}' has no prefix length; write {text}/{(text.Contains(':') ? 128 : 32)} for a single address");
                    break;
                case var status:
                    Report(DiagnosticCatalog.ParseFailure, scalar, $"failed to parse {field} entry '{text}' as a CIDR range ({Describe(status)})");
                    break;
            }
        }
        return (builder.Build(), dynamic);
    }

    private static string Describe(NetParseStatus status) => status switch
    {
        NetParseStatus.InvalidPrefixLength or NetParseStatus.PrefixLengthOutOfRange => "the prefix length is out of range: 0-32 for IPv4, 0-128 for IPv6",
        NetParseStatus.ZoneNotAllowed => "IPv6 zones are not allowed",
        _ => "expected an address and a prefix length such as 203.0.113.0/24 or 2001:db8::/32",
    };
}
