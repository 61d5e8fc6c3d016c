using Policy.Proxy.Admin.Metrics;
using Policy.Proxy.Connections;
using Policy.Proxy.Forwarding;

namespace Policy.Proxy.Tests.Connections;

public sealed class ReportedBytesMetricsTests
{
    [Fact]
    public void Scrapes_and_the_close_together_add_the_final_counts_once()
    {
        var counters = new ByteCounters();
        var reported = new ReportedBytes();
        var metrics = new ProxyMetrics();

        counters.AddIn(100);
        counters.AddOut(40);
        reported.Report(metrics, "app", counters.In, counters.Out);
        Assert.Equal((100L, 40L), (metrics.BytesIn.Get("app"), metrics.BytesOut.Get("app")));

        // A scrape with nothing new adds nothing, and neither does a report of older totals.
        reported.Report(metrics, "app", counters.In, counters.Out);
        reported.Report(metrics, "app", 10, 5);
        Assert.Equal((100L, 40L), (metrics.BytesIn.Get("app"), metrics.BytesOut.Get("app")));

        counters.AddIn(50);
        counters.AddOut(7);
        reported.Report(metrics, "app", counters.In, counters.Out);
        Assert.Equal((150L, 47L), (metrics.BytesIn.Get("app"), metrics.BytesOut.Get("app")));

        counters.AddIn(3);
        reported.Report(metrics, "app", counters.In, counters.Out); // the close
        Assert.Equal((153L, 47L), (metrics.BytesIn.Get("app"), metrics.BytesOut.Get("app")));
        Assert.Equal((153L, 47L), (reported.In, reported.Out));

        // A scrape that still held the session when it closed adds nothing more.
        reported.Report(metrics, "app", counters.In, counters.Out);
        Assert.Equal((153L, 47L), (metrics.BytesIn.Get("app"), metrics.BytesOut.Get("app")));
    }

    [Fact]
    public void A_close_before_any_scrape_adds_the_whole_connection()
    {
        var reported = new ReportedBytes();
        var metrics = new ProxyMetrics();
        reported.Report(metrics, "", 517, 0);
        reported.Report(metrics, "", 517, 0);
        Assert.Equal(517, metrics.BytesIn.Get(""));
        // No bytes sent: no series is created for them.
        Assert.Empty(metrics.BytesOut.Snapshot());
    }

    [Fact]
    public void Concurrent_reports_while_bytes_flow_add_each_byte_once_and_never_go_down()
    {
        const int Writes = 200_000;
        const int ReportsPerThread = 20_000;
        var counters = new ByteCounters();
        var reported = new ReportedBytes();
        var metrics = new ProxyMetrics();
        var decreases = 0;
        var samples = 0;

        var writer = new Thread(() =>
        {
            for (var i = 0; i < Writes; i++)
            {
                counters.AddIn(3);
                counters.AddOut(1);
            }
        });
        Thread Reporter() => new(() =>
        {
            for (var i = 0; i < ReportsPerThread; i++) reported.Report(metrics, "app", counters.In, counters.Out);
        });
        var reporters = new[] { Reporter(), Reporter() };
        var reader = new Thread(() =>
        {
            long lastIn = 0, lastOut = 0;
            for (var i = 0; i < 2 * ReportsPerThread; i++)
            {
                var nowIn = metrics.BytesIn.Get("app");
                var nowOut = metrics.BytesOut.Get("app");
                if (nowIn < lastIn || nowOut < lastOut) decreases++;
                (lastIn, lastOut) = (nowIn, nowOut);
                samples++;
            }
        });

        writer.Start();
        foreach (var t in reporters) t.Start();
        reader.Start();
        writer.Join();
        foreach (var t in reporters) t.Join();
        reader.Join();
        Assert.True(metrics.BytesIn.Get("app") <= 3L * Writes);

        // The close, racing a last scrape.
        var closers = new[] { Reporter(), new Thread(() => reported.Report(metrics, "app", counters.In, counters.Out)) };
        foreach (var t in closers) t.Start();
        foreach (var t in closers) t.Join();

        Assert.Equal(2 * ReportsPerThread, samples);
        Assert.Equal(0, decreases);
        Assert.Equal((3L * Writes, (long)Writes), (metrics.BytesIn.Get("app"), metrics.BytesOut.Get("app")));
    }

    [Fact]
    public void A_scrape_and_the_close_reporting_at_the_same_moment_add_the_total_once()
    {
        const int Rounds = 500;
        var wrong = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var reported = new ReportedBytes();
            var metrics = new ProxyMetrics();
            reported.Report(metrics, "app", round, 0); // an earlier scrape
            using var start = new Barrier(2);
            var threads = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
            {
                start.SignalAndWait();
                reported.Report(metrics, "app", round + 1000, round + 10);
            })).ToArray();
            foreach (var t in threads) t.Start();
            foreach (var t in threads) t.Join();
            if (metrics.BytesIn.Get("app") != round + 1000 || metrics.BytesOut.Get("app") != round + 10) wrong++;
        }
        Assert.Equal(0, wrong);
    }
}
