namespace Policy.Proxy.ClientHello;

/// <summary>GREASE values (RFC 8701): reserved code points clients send to keep servers tolerant.</summary>
public static class TlsGrease
{
    /// <summary>True for the 16-bit GREASE values 0x0A0A, 0x1A1A, ..., 0xFAFA.</summary>
    /// <param name="value">A cipher suite, extension type, group, version or signature algorithm.</param>
    public static bool IsGrease(ushort value) => (value & 0x0F0F) == 0x0A0A && (value >> 8) == (value & 0xFF);
}
