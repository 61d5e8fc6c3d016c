using System.Diagnostics;
using System.Net.Sockets;
using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>The reader on real loopback sockets.</summary>
public sealed class ClientHelloReaderTests
{
    private static readonly ClientHelloLimits ShortTimeout = new() { Timeout = TimeSpan.FromMilliseconds(200) };

    [Fact]
    public async Task Whole_hello_completes_and_keeps_the_exact_bytes()
    {
        var hello = GoldenHellos.Load(GoldenHellos.OpenSslTls13);
        using var connection = await LoopbackConnection.OpenAsync();
        await connection.Client.SendAsync(hello);

        using var result = await ClientHelloReader.ReadAsync(connection.Server, ClientHelloLimits.Default);

        Assert.Equal(ClientHelloReadOutcome.Complete, result.Outcome);
        Assert.Equal("app.example.test", result.Info!.ServerName);
        Assert.Equal(hello.Length, result.HelloLength);
        Assert.Equal(hello, result.Bytes.ToArray());
    }

    [Fact]
    public async Task Slow_client_trickling_bytes_completes()
    {
        var hello = TlsRecords.Refragment(GoldenHellos.Load(GoldenHellos.DotNetSslStream), new Random(3), 40);
        using var connection = await LoopbackConnection.OpenAsync();
        var sending = connection.TrickleAsync(hello, 7, TimeSpan.FromMilliseconds(2));

        using var result = await ClientHelloReader.ReadAsync(connection.Server, ClientHelloLimits.Default);
        await sending;

        Assert.Equal(ClientHelloReadOutcome.Complete, result.Outcome);
        Assert.Equal("app.example.test", result.Info!.ServerName);
        Assert.True(result.Info.RecordCount > 1);
        Assert.Equal(hello, result.Bytes.ToArray());
    }

    [Fact]
    public async Task Silent_client_times_out_within_the_limit_without_holding_a_buffer()
    {
        using var connection = await LoopbackConnection.OpenAsync();
        var clock = Stopwatch.StartNew();

        using var result = await ClientHelloReader.ReadAsync(connection.Server, ShortTimeout);

        Assert.Equal(ClientHelloReadOutcome.Timeout, result.Outcome);
        Assert.Equal(0, result.BytesRead);
        Assert.True(result.Bytes.IsEmpty);
        Assert.InRange(clock.ElapsedMilliseconds, 150, 2000);
    }

    [Fact]
    public async Task Slow_loris_is_cut_off_by_the_overall_deadline()
    {
        var hello = GoldenHellos.Load(GoldenHellos.OpenSslTls13);
        using var connection = await LoopbackConnection.OpenAsync();
        using var stop = new CancellationTokenSource();
        var sending = connection.TrickleAsync(hello, 1, TimeSpan.FromMilliseconds(50), stop.Token);
        var clock = Stopwatch.StartNew();

        using var result = await ClientHelloReader.ReadAsync(connection.Server, ShortTimeout);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        Assert.Equal(ClientHelloReadOutcome.Timeout, result.Outcome);
        Assert.InRange(result.BytesRead, 1, 10);
        Assert.Equal(hello.AsSpan(0, result.BytesRead).ToArray(), result.Bytes.ToArray());
        Assert.InRange(clock.ElapsedMilliseconds, 150, 2000);
    }

    [Fact]
    public async Task Oversized_hello_is_too_large_as_soon_as_its_length_is_known()
    {
        var hello = new HelloBuilder().WithExtension(0x0015, new byte[3000]).Record();
        using var connection = await LoopbackConnection.OpenAsync();
        await connection.Client.SendAsync(hello.AsMemory(0, 20));

        using var result = await ClientHelloReader.ReadAsync(connection.Server, new ClientHelloLimits { MaxBytes = 1024 });

        Assert.Equal(ClientHelloReadOutcome.TooLarge, result.Outcome);
        Assert.Equal(20, result.BytesRead);
    }

    [Fact]
    public async Task Record_headers_pushing_a_hello_past_the_limit_make_it_too_large()
    {
        // The message alone (2000 bytes) fits in 2048, but spread over 100-byte records the
        // headers add 100 bytes: the record that would cross the limit is refused.
        var baseLength = new HelloBuilder().Message().Length;
        var message = new HelloBuilder().WithExtension(0x0015, new byte[2000 - baseLength - 4]).Message();
        Assert.Equal(2000, message.Length);
        var records = TlsRecords.Fragment(message, [.. Enumerable.Repeat(100, 20)]);
        using var connection = await LoopbackConnection.OpenAsync();
        var sending = connection.TrickleAsync(records, 210, TimeSpan.FromMilliseconds(1));

        using var result = await ClientHelloReader.ReadAsync(connection.Server, new ClientHelloLimits { MaxBytes = 2048 });
        await sending;

        Assert.Equal(ClientHelloReadOutcome.TooLarge, result.Outcome);
        Assert.InRange(result.BytesRead, 1950, 2048);
    }

    [Fact]
    public async Task Plain_http_is_not_tls_immediately()
    {
        using var connection = await LoopbackConnection.OpenAsync();
        await connection.Client.SendAsync("GET / HTTP/1.1\r\n"u8.ToArray());
        var clock = Stopwatch.StartNew();

        using var result = await ClientHelloReader.ReadAsync(connection.Server, ClientHelloLimits.Default);

        Assert.Equal(ClientHelloReadOutcome.NotTls, result.Outcome);
        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal("GET / HTTP/1.1\r\n"u8.ToArray(), result.Bytes.ToArray());
    }

    [Fact]
    public async Task Garbage_after_a_valid_record_header_is_invalid_with_a_reason()
    {
        using var connection = await LoopbackConnection.OpenAsync();
        await connection.Client.SendAsync(TlsRecords.Record(22, 0x0301, [2, 0, 0, 60]));

        using var result = await ClientHelloReader.ReadAsync(connection.Server, ClientHelloLimits.Default);

        Assert.Equal(ClientHelloReadOutcome.Invalid, result.Outcome);
        Assert.Equal(ClientHelloReasons.NotClientHello, result.Reason);
    }

    [Fact]
    public async Task Client_closing_mid_hello_is_reported_as_closed()
    {
        var hello = GoldenHellos.Load(GoldenHellos.OpenSslTls13);
        using var connection = await LoopbackConnection.OpenAsync();
        await connection.Client.SendAsync(hello.AsMemory(0, 100));
        connection.Client.Shutdown(SocketShutdown.Send);

        using var result = await ClientHelloReader.ReadAsync(connection.Server, ClientHelloLimits.Default);

        Assert.Equal(ClientHelloReadOutcome.ClientClosed, result.Outcome);
        Assert.Equal("eof", result.Reason);
        Assert.Equal(100, result.BytesRead);
    }

    [Fact]
    public async Task Bytes_after_the_hello_are_kept_for_replay()
    {
        var hello = GoldenHellos.Load(GoldenHellos.OpenSslTls12);
        byte[] sent = [.. hello, .. TlsRecords.Record(23, 0x0303, new byte[40])];
        using var connection = await LoopbackConnection.OpenAsync();
        await connection.Client.SendAsync(sent);

        using var result = await ClientHelloReader.ReadAsync(connection.Server, ClientHelloLimits.Default);

        Assert.Equal(ClientHelloReadOutcome.Complete, result.Outcome);
        Assert.Equal(hello.Length, result.HelloLength);
        // One send on loopback normally arrives in one read; anything read beyond the hello is kept.
        Assert.InRange(result.BytesRead, hello.Length, sent.Length);
        Assert.Equal(sent.AsSpan(0, result.BytesRead).ToArray(), result.Bytes.ToArray());
    }

    [Fact]
    public async Task Disposed_result_no_longer_exposes_the_pooled_bytes()
    {
        using var connection = await LoopbackConnection.OpenAsync();
        await connection.Client.SendAsync(GoldenHellos.Load(GoldenHellos.OpenSslTls13));
        var result = await ClientHelloReader.ReadAsync(connection.Server, ClientHelloLimits.Default);

        result.Dispose();
        result.Dispose();

        Assert.Equal(ClientHelloReadOutcome.Complete, result.Outcome);
        Assert.Throws<ObjectDisposedException>(() => result.Bytes);
    }

    [Fact]
    public async Task Caller_cancellation_is_an_exception_not_a_timeout()
    {
        using var connection = await LoopbackConnection.OpenAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await ClientHelloReader.ReadAsync(connection.Server, ClientHelloLimits.Default, cancel.Token));
    }

    [Fact]
    public void Limits_reject_unusable_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClientHelloLimits { Timeout = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClientHelloLimits { MaxBytes = 10 });
        Assert.Equal(TimeSpan.FromSeconds(3), ClientHelloLimits.Default.Timeout);
        Assert.Equal(16384, ClientHelloLimits.Default.MaxBytes);
    }
}
