using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// JA4 TLS client fingerprint (FoxIO JA4 specification, TLS over TCP only):
/// <c>a_b_c</c> where a = "t" + version + d/i (SNI present or not) + two-digit cipher and
/// extension counts + first/last characters of the first ALPN value, b = truncated SHA-256 of
/// the sorted cipher list, c = truncated SHA-256 of the sorted extension list (without SNI and
/// ALPN) followed by the signature algorithms in wire order. GREASE values are ignored everywhere.
/// </summary>
public static class Ja4Fingerprint
{
    private const string EmptyHash = "000000000000";

    /// <summary>Computes the fingerprint (<c>ja4</c>, or <c>ja4_o</c> with <paramref name="originalOrder"/>).</summary>
    /// <param name="info">A parsed ClientHello.</param>
    /// <param name="originalOrder">Keep wire order and keep SNI/ALPN in the extension list (the spec's "o" variant).</param>
    public static string Compute(ClientHelloInfo info, bool originalOrder = false)
    {
        ArgumentNullException.ThrowIfNull(info);
        var (ciphers, extensions, signatures) = Lists(info, originalOrder);
        var b = ciphers.Length == 0 ? EmptyHash : Hash12(ciphers);
        var c = extensions.Length == 0 ? EmptyHash : Hash12(signatures.Length == 0 ? extensions : extensions + "_" + signatures);
        return PartA(info) + "_" + b + "_" + c;
    }

    /// <summary>Computes the unhashed form (<c>ja4_r</c>, or <c>ja4_ro</c> with <paramref name="originalOrder"/>).</summary>
    /// <param name="info">A parsed ClientHello.</param>
    /// <param name="originalOrder">Keep wire order and keep SNI/ALPN in the extension list.</param>
    public static string ComputeRaw(ClientHelloInfo info, bool originalOrder = false)
    {
        ArgumentNullException.ThrowIfNull(info);
        var (ciphers, extensions, signatures) = Lists(info, originalOrder);
        var raw = PartA(info) + "_" + ciphers + "_" + extensions;
        return signatures.Length == 0 ? raw : raw + "_" + signatures;
    }

    private static string PartA(ClientHelloInfo info)
    {
        var builder = new StringBuilder(10);
        builder.Append('t');
        builder.Append(VersionCode(info.MaxVersion));
        builder.Append(info.ExtensionTypes.Contains(TlsExtensionType.ServerName) ? 'd' : 'i');
        builder.Append(Count(info.CipherSuites).ToString("00", CultureInfo.InvariantCulture));
        builder.Append(Count(info.ExtensionTypes).ToString("00", CultureInfo.InvariantCulture));
        builder.Append(AlpnCode(info.AlpnProtocols));
        return builder.ToString();
    }

    private static (string Ciphers, string Extensions, string Signatures) Lists(ClientHelloInfo info, bool originalOrder)
    {
        var ciphers = WithoutGrease(info.CipherSuites, exclude: null);
        var extensions = WithoutGrease(info.ExtensionTypes,
            originalOrder ? null : [TlsExtensionType.ServerName, TlsExtensionType.Alpn]);
        if (!originalOrder)
        {
            ciphers.Sort();
            extensions.Sort();
        }

        var signatures = WithoutGrease(info.SignatureAlgorithms, exclude: null);
        return (Join(ciphers), Join(extensions), Join(signatures));
    }

    private static List<ushort> WithoutGrease(ImmutableArray<ushort> values, ushort[]? exclude)
    {
        var list = new List<ushort>(values.Length);
        foreach (var value in values)
        {
            if (!TlsGrease.IsGrease(value) && (exclude is null || Array.IndexOf(exclude, value) < 0))
            {
                list.Add(value);
            }
        }

        return list;
    }

    private static int Count(ImmutableArray<ushort> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            if (!TlsGrease.IsGrease(value))
            {
                count++;
            }
        }

        return Math.Min(count, 99);
    }

    private static string Join(List<ushort> values)
    {
        var builder = new StringBuilder(values.Count * 5);
        foreach (var value in values)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(value.ToString("x4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string Hash12(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(text)))[..12];

    private static string VersionCode(ushort version) => version switch
    {
        0x0304 => "13",
        0x0303 => "12",
        0x0302 => "11",
        0x0301 => "10",
        0x0300 => "s3",
        0x0002 => "s2",
        0xFEFF => "d1",
        0xFEFD => "d2",
        0xFEFC => "d3",
        _ => "00",
    };

    private static string AlpnCode(ImmutableArray<string> protocols)
    {
        if (protocols.IsDefaultOrEmpty || protocols[0].Length == 0)
        {
            return "00";
        }

        var first = protocols[0];
        if (IsAsciiAlphanumeric(first[0]) && IsAsciiAlphanumeric(first[^1]))
        {
            return new string([first[0], first[^1]]);
        }

        // Non-alphanumeric edge: the spec takes the first and last characters of the value's hex form.
        var hex = Convert.ToHexStringLower(Encoding.Latin1.GetBytes(first));
        return new string([hex[0], hex[^1]]);
    }

    private static bool IsAsciiAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);
}
