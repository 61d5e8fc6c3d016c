using System.Buffers.Binary;

namespace Policy.Proxy.ClientHello;

/// <summary>
/// Incremental record-layer walker: finds where the ClientHello handshake message ends when it
/// is spread over several TLS records and several reads. It keeps only a few integers, so the
/// caller can feed it a growing buffer (always from the first byte of the connection) and each
/// byte is examined once. Nothing is allocated.
/// </summary>
internal struct ClientHelloFramer
{
    internal const int RecordHeaderLength = 5;
    internal const int HandshakeHeaderLength = 4;
    internal const int MaxRecordPayload = 1 << 14;

    /// <summary>
    /// Smallest ClientHello body: version (2) + random (32) + empty session_id (1) + one cipher
    /// suite (2 + 2) + one compression method (1 + 1).
    /// </summary>
    internal const int MinClientHelloBodyLength = 41;

    private const byte ContentTypeChangeCipherSpec = 20;
    private const byte ContentTypeAlert = 21;
    private const byte ContentTypeHandshake = 22;
    private const byte ContentTypeApplicationData = 23;
    private const byte HandshakeTypeClientHello = 1;

    private readonly int _maxBytes;
    private int _recordOffset;
    private int _collected;
    private int _messageLength;
    private uint _header;
    private int _headerCount;
    private int _recordCount;
    private ClientHelloStatus _status;
    private int _consumed;
    private string? _reason;

    /// <param name="maxBytes">Upper bound on the bytes (record headers included) up to the end of the ClientHello.</param>
    public ClientHelloFramer(int maxBytes)
    {
        _maxBytes = maxBytes;
        _status = ClientHelloStatus.NeedMoreData;
    }

    /// <summary>Current decision.</summary>
    public readonly ClientHelloStatus Status => _status;

    /// <summary>When complete: bytes up to the end of the record that completes the ClientHello.</summary>
    public readonly int Consumed => _consumed;

    /// <summary>When invalid: the machine reason.</summary>
    public readonly string? Reason => _reason;

    /// <summary>Length of the handshake message (4-byte header included) once known, else 0.</summary>
    public readonly int MessageLength => _messageLength;

    /// <summary>Number of complete handshake records walked so far.</summary>
    public readonly int RecordCount => _recordCount;

    /// <summary>
    /// Examines <paramref name="data"/>, which must start at the first byte of the connection and
    /// extend what an earlier call saw. Returns the (possibly final) status.
    /// </summary>
    public ClientHelloStatus Advance(ReadOnlySpan<byte> data)
    {
        if (_status != ClientHelloStatus.NeedMoreData)
        {
            return _status;
        }

        if (_recordOffset == 0 && !ClassifyStart(data))
        {
            return _status;
        }

        while (true)
        {
            var available = data.Length - _recordOffset;
            if (available < RecordHeaderLength)
            {
                return available > 0 && _recordOffset > 0 ? CheckPartialRecordHeader(data[_recordOffset..]) : _status;
            }

            var header = data.Slice(_recordOffset, RecordHeaderLength);
            if (header[0] != ContentTypeHandshake)
            {
                return Fail(ClientHelloStatus.Invalid, ClientHelloReasons.UnexpectedRecordType);
            }

            if (header[1] != 3 || header[2] > 4)
            {
                return Fail(ClientHelloStatus.Invalid, ClientHelloReasons.BadRecordVersion);
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(header[3..]);
            if (length == 0)
            {
                return Fail(ClientHelloStatus.Invalid, ClientHelloReasons.EmptyRecord);
            }

            if (length > MaxRecordPayload)
            {
                return Fail(ClientHelloStatus.Invalid, ClientHelloReasons.RecordTooLong);
            }

            var recordEnd = _recordOffset + RecordHeaderLength + length;
            if (recordEnd > _maxBytes)
            {
                return Fail(ClientHelloStatus.TooLarge, null);
            }

            if (data.Length < recordEnd)
            {
                // The handshake header may already be readable from a partial record: decide early.
                return _headerCount < HandshakeHeaderLength
                    ? PeekHandshakeHeader(data[(_recordOffset + RecordHeaderLength)..])
                    : _status;
            }

            if (TakeRecord(data.Slice(_recordOffset + RecordHeaderLength, length), recordEnd))
            {
                return _status;
            }

            _recordOffset = recordEnd;
        }
    }

    // Returns false when the first bytes already decide the outcome.
    private bool ClassifyStart(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return false;
        }

        var first = data[0];
        switch (first)
        {
            case ContentTypeHandshake:
                if (data.Length < 2)
                {
                    return false;
                }

                if (data[1] != 3)
                {
                    Fail(ClientHelloStatus.NotTls, null);
                    return false;
                }

                return true;

            case ContentTypeChangeCipherSpec or ContentTypeAlert or ContentTypeApplicationData:
                if (data.Length < 2)
                {
                    return false;
                }

                Fail(data[1] == 3 ? ClientHelloStatus.Invalid : ClientHelloStatus.NotTls,
                    data[1] == 3 ? ClientHelloReasons.UnexpectedRecordType : null);
                return false;

            case >= 0x80:
                // SSL 2.0 record: two-byte length with the top bit set, then msg_type 1 = CLIENT-HELLO.
                if (data.Length < 3)
                {
                    return false;
                }

                Fail(data[2] == 1 ? ClientHelloStatus.Invalid : ClientHelloStatus.NotTls,
                    data[2] == 1 ? ClientHelloReasons.Sslv2Hello : null);
                return false;

            default:
                Fail(ClientHelloStatus.NotTls, null);
                return false;
        }
    }

    private ClientHelloStatus CheckPartialRecordHeader(ReadOnlySpan<byte> partial)
    {
        if (partial[0] != ContentTypeHandshake)
        {
            return Fail(ClientHelloStatus.Invalid, ClientHelloReasons.UnexpectedRecordType);
        }

        if (partial.Length >= 2 && partial[1] != 3 || partial.Length >= 3 && partial[2] > 4)
        {
            return Fail(ClientHelloStatus.Invalid, ClientHelloReasons.BadRecordVersion);
        }

        return _status;
    }

    private ClientHelloStatus PeekHandshakeHeader(ReadOnlySpan<byte> partialPayload)
    {
        var header = _header;
        var count = _headerCount;
        for (var i = 0; i < partialPayload.Length && count < HandshakeHeaderLength; i++)
        {
            header = (header << 8) | partialPayload[i];
            count++;
        }

        return count == HandshakeHeaderLength ? CheckHandshakeHeader(header) : _status;
    }

    private ClientHelloStatus CheckHandshakeHeader(uint header)
    {
        if (header >> 24 != HandshakeTypeClientHello)
        {
            return Fail(ClientHelloStatus.Invalid, ClientHelloReasons.NotClientHello);
        }

        var bodyLength = (int)(header & 0xFFFFFF);
        if (bodyLength < MinClientHelloBodyLength)
        {
            return Fail(ClientHelloStatus.Invalid, ClientHelloReasons.HelloTooShort);
        }

        // At least one record header carries the message, so this is a lower bound on the bytes needed.
        if ((long)RecordHeaderLength + HandshakeHeaderLength + bodyLength > _maxBytes)
        {
            return Fail(ClientHelloStatus.TooLarge, null);
        }

        return _status;
    }

    // Consumes one complete record's payload; returns true when a final status was reached.
    private bool TakeRecord(ReadOnlySpan<byte> payload, int recordEnd)
    {
        _recordCount++;
        var position = 0;
        while (_headerCount < HandshakeHeaderLength && position < payload.Length)
        {
            _header = (_header << 8) | payload[position++];
            _headerCount++;
            _collected++;
        }

        if (_headerCount < HandshakeHeaderLength)
        {
            return false;
        }

        if (_messageLength == 0)
        {
            if (CheckHandshakeHeader(_header) != ClientHelloStatus.NeedMoreData)
            {
                return true;
            }

            _messageLength = HandshakeHeaderLength + (int)(_header & 0xFFFFFF);
        }

        var rest = payload.Length - position;
        var missing = _messageLength - _collected;
        if (rest > missing)
        {
            Fail(ClientHelloStatus.Invalid, ClientHelloReasons.TrailingHandshakeData);
            return true;
        }

        _collected += rest;
        if (_collected < _messageLength)
        {
            return false;
        }

        _status = ClientHelloStatus.Complete;
        _consumed = recordEnd;
        return true;
    }

    private ClientHelloStatus Fail(ClientHelloStatus status, string? reason)
    {
        _status = status;
        _reason = reason;
        return status;
    }
}
