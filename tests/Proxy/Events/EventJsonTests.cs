using System.Buffers;
using System.Text;
using System.Text.Json;
using Policy.Proxy.Events;

namespace Policy.Proxy.Tests.Events;

public sealed class EventJsonTests
{
    [Fact]
    public void An_event_is_written_in_the_contract_shape_and_key_order()
    {
        var e = new ConnectionClosedEvent
        {
            EventId = "ev_test",
            Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(6789),
            BytesIn = 10,
            BytesOut = 20,
            ClientIp = "127.0.0.1",
            ServerIp = "127.0.0.2",
            ServerName = "app.test",
            ServerPort = 8443,
            Start = new DateTimeOffset(2026, 1, 2, 3, 4, 0, TimeSpan.FromHours(2)),
            End = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Ja4Fingerprint = "t13d_x_y",
            Logs = [new Dictionary<string, string> { ["a"] = "1", ["b"] = "<é>" }],
            EndpointId = "ep_1",
            EndpointName = "app",
            EndpointUrl = "tls://app.test",
            CloseReason = "completed",
        };
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, EventJson.WriterOptions)) EventJson.Write(w, e);
        Assert.Equal(
            """{"event_id":"ev_test","event_type":"tcp_connection_closed.v0","event_timestamp":"2026-01-02T03:04:05.000678Z","object":{"conn":{"bytes_in":10,"bytes_out":20,"client_ip":"127.0.0.1","server_ip":"127.0.0.2","server_name":"app.test","server_port":8443,"start_ts":"2026-01-02T01:04:00.000000Z","end_ts":"2026-01-02T03:04:05.000000Z"},"ja4_fingerprint":"t13d_x_y","traffic_policy":{"logs":[{"metadata":{"a":"1","b":"<é>"}}]},"endpoint":{"id":"ep_1","name":"app","url":"tls://app.test"},"close_reason":"completed"}}""",
            Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void Event_ids_are_unique_and_prefixed()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => EventIds.New()).ToHashSet();
        Assert.Equal(100, ids.Count);
        Assert.All(ids, id => Assert.Matches("^ev_[a-z2-7]{26}$", id));
    }
}
