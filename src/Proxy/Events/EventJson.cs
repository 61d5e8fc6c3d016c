using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Policy.Proxy.Events;

/// <summary>Writes an event as the contract's JSON object, keys in the contract's order.</summary>
public static class EventJson
{
    /// <summary>The event type written.</summary>
    public const string EventType = "tcp_connection_closed.v0";

    /// <summary>Writer options: compact, and no escaping of characters that JSON allows as they are.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    /// <summary>Writes one event object.</summary>
    public static void Write(Utf8JsonWriter w, ConnectionClosedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("event_id", e.EventId);
        w.WriteString("event_type", EventType);
        w.WriteString("event_timestamp", Rfc3339(e.Timestamp));
        w.WriteStartObject("object");
        w.WriteStartObject("conn");
        w.WriteNumber("bytes_in", e.BytesIn);
        w.WriteNumber("bytes_out", e.BytesOut);
        w.WriteString("client_ip", e.ClientIp);
        w.WriteString("server_ip", e.ServerIp);
        w.WriteString("server_name", e.ServerName);
        w.WriteNumber("server_port", e.ServerPort);
        w.WriteString("start_ts", Rfc3339(e.Start));
        w.WriteString("end_ts", Rfc3339(e.End));
        w.WriteEndObject();
        w.WriteString("ja4_fingerprint", e.Ja4Fingerprint);
        w.WriteStartObject("traffic_policy");
        w.WriteStartArray("logs");
        foreach (var log in e.Logs)
        {
            w.WriteStartObject();
            w.WriteStartObject("metadata");
            foreach (var (key, value) in log) w.WriteString(key, value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("endpoint");
        w.WriteString("id", e.EndpointId);
        w.WriteString("name", e.EndpointName);
        w.WriteString("url", e.EndpointUrl);
        w.WriteEndObject();
        w.WriteString("close_reason", e.CloseReason);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>RFC 3339 in UTC with microseconds, e.g. <c>2026-01-02T03:04:05.678901Z</c>.</summary>
    public static string Rfc3339(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
