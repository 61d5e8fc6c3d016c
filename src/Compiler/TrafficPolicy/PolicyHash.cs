using System.Security.Cryptography;
using System.Text;
using Policy.Compiler.TrafficPolicy.Catalog;

namespace Policy.Compiler.TrafficPolicy;

/// <summary>The identity of a compiled policy: its text and the endpoint context it was checked in.</summary>
public static class PolicyHash
{
    /// <summary>SHA-256 (hex) of the policy text and context.</summary>
    public static string Compute(string policyText, EndpointContext context) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{context.SchemeName}|{context.Binding}|{context.Type}\n{policyText}")));
}
