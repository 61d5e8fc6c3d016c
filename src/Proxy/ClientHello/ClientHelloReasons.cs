namespace Policy.Proxy.ClientHello;

/// <summary>
/// Short machine-readable reasons reported with <see cref="ClientHelloStatus.Invalid"/> and with an
/// invalid server name. They are stable: logs, counters and tests key on them.
/// </summary>
public static class ClientHelloReasons
{
    /// <summary>A record other than handshake (alert, change_cipher_spec, application_data) came first or was interleaved.</summary>
    public const string UnexpectedRecordType = "unexpected_record_type";

    /// <summary>An SSL 2.0 style ClientHello, which we do not accept.</summary>
    public const string Sslv2Hello = "sslv2_hello";

    /// <summary>The record version is not 3.0 to 3.4.</summary>
    public const string BadRecordVersion = "bad_record_version";

    /// <summary>A handshake record with a zero-length fragment (forbidden by RFC 8446 §5.1).</summary>
    public const string EmptyRecord = "empty_record";

    /// <summary>A record longer than 2^14 bytes.</summary>
    public const string RecordTooLong = "record_too_long";

    /// <summary>The first handshake message is not a ClientHello.</summary>
    public const string NotClientHello = "not_client_hello";

    /// <summary>The ClientHello length is below the smallest possible ClientHello.</summary>
    public const string HelloTooShort = "hello_too_short";

    /// <summary>More handshake bytes follow the ClientHello in the record that completes it.</summary>
    public const string TrailingHandshakeData = "trailing_handshake_data";

    /// <summary>legacy_version does not have major version 3.</summary>
    public const string BadLegacyVersion = "bad_legacy_version";

    /// <summary>session_id is longer than 32 bytes or runs past the message.</summary>
    public const string BadSessionIdLength = "bad_session_id_length";

    /// <summary>cipher_suites is empty, odd-sized or runs past the message.</summary>
    public const string BadCipherSuitesLength = "bad_cipher_suites_length";

    /// <summary>compression_methods is empty or runs past the message.</summary>
    public const string BadCompressionMethodsLength = "bad_compression_methods_length";

    /// <summary>The extensions block length does not match the rest of the message.</summary>
    public const string BadExtensionsLength = "bad_extensions_length";

    /// <summary>An extension's length runs past the extensions block.</summary>
    public const string BadExtensionLength = "bad_extension_length";

    /// <summary>The same extension type appears twice (RFC 8446 §4.2).</summary>
    public const string DuplicateExtension = "duplicate_extension";

    /// <summary>pre_shared_key is not the last extension (RFC 8446 §4.2.11).</summary>
    public const string PreSharedKeyNotLast = "pre_shared_key_not_last";

    /// <summary>The server_name extension's inner lengths are inconsistent.</summary>
    public const string BadServerNameExtension = "bad_server_name_extension";

    /// <summary>The ALPN extension's inner lengths are inconsistent or a protocol name is empty.</summary>
    public const string BadAlpnExtension = "bad_alpn_extension";

    /// <summary>The supported_versions extension is malformed.</summary>
    public const string BadSupportedVersionsExtension = "bad_supported_versions_extension";

    /// <summary>The supported_groups extension is malformed.</summary>
    public const string BadSupportedGroupsExtension = "bad_supported_groups_extension";

    /// <summary>The signature_algorithms extension is malformed.</summary>
    public const string BadSignatureAlgorithmsExtension = "bad_signature_algorithms_extension";

    /// <summary>Server name: the server_name list is empty.</summary>
    public const string EmptyServerNameList = "empty_server_name_list";

    /// <summary>Server name: a name_type other than host_name (0) was sent.</summary>
    public const string UnsupportedNameType = "unsupported_name_type";

    /// <summary>Server name: more than one host_name was sent (RFC 6066 §3).</summary>
    public const string MultipleNames = "multiple_names";

    /// <summary>Server name: zero length (or only a dot).</summary>
    public const string EmptyName = "empty_name";

    /// <summary>Server name: longer than 253 characters without the trailing dot.</summary>
    public const string NameTooLong = "name_too_long";

    /// <summary>Server name: a byte above 0x7F (internationalised names must be sent as A-labels).</summary>
    public const string NonAscii = "non_ascii";

    /// <summary>Server name: an IPv4 or IPv6 literal (forbidden by RFC 6066 §3).</summary>
    public const string IpLiteral = "ip_literal";

    /// <summary>Server name: a character outside [a-z0-9-.] (NUL, underscore, space, ...).</summary>
    public const string InvalidCharacter = "invalid_character";

    /// <summary>Server name: two dots in a row or a leading dot.</summary>
    public const string EmptyLabel = "empty_label";

    /// <summary>Server name: a label longer than 63 characters.</summary>
    public const string LabelTooLong = "label_too_long";

    /// <summary>Server name: a label starts or ends with '-'.</summary>
    public const string BadHyphen = "bad_hyphen";
}
