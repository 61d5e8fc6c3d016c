using System.Buffers.Binary;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// Bounds-checked big-endian reader over one TLS structure. Every read either succeeds inside
/// the span it was given or returns false and leaves the position unchanged, so a nested
/// length can never reach past its parent.
/// </summary>
internal ref struct TlsReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public TlsReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>Bytes not read yet.</summary>
    public readonly int Remaining => _data.Length - _position;

    /// <summary>True when every byte was read.</summary>
    public readonly bool IsEmpty => _position == _data.Length;

    public bool TryReadU8(out byte value)
    {
        if (Remaining < 1)
        {
            value = 0;
            return false;
        }

        value = _data[_position++];
        return true;
    }

    public bool TryReadU16(out ushort value)
    {
        if (Remaining < 2)
        {
            value = 0;
            return false;
        }

        value = BinaryPrimitives.ReadUInt16BigEndian(_data.Slice(_position, 2));
        _position += 2;
        return true;
    }

    public bool TryReadBytes(int count, out ReadOnlySpan<byte> bytes)
    {
        if (count < 0 || Remaining < count)
        {
            bytes = default;
            return false;
        }

        bytes = _data.Slice(_position, count);
        _position += count;
        return true;
    }

    /// <summary>Reads an opaque vector with a one-byte length prefix.</summary>
    public bool TryReadVector8(out ReadOnlySpan<byte> bytes)
    {
        var start = _position;
        if (TryReadU8(out var length) && TryReadBytes(length, out bytes))
        {
            return true;
        }

        _position = start;
        bytes = default;
        return false;
    }

    /// <summary>Reads an opaque vector with a two-byte length prefix.</summary>
    public bool TryReadVector16(out ReadOnlySpan<byte> bytes)
    {
        var start = _position;
        if (TryReadU16(out var length) && TryReadBytes(length, out bytes))
        {
            return true;
        }

        _position = start;
        bytes = default;
        return false;
    }
}
