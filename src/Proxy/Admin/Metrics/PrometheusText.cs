using System.Globalization;
using System.Text;

namespace Policy.Proxy.Admin.Metrics;

/// <summary>Writes the Prometheus text exposition format (version 0.0.4): HELP and TYPE lines, then samples.</summary>
public sealed class PrometheusText
{
    /// <summary>The content type of the format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _sb = new();

    /// <summary>Starts a metric family.</summary>
    public PrometheusText Family(string name, string type, string help)
    {
        _sb.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        _sb.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        return this;
    }

    /// <summary>Writes one sample; <paramref name="labels"/> are name/value pairs.</summary>
    public PrometheusText Sample(string name, double value, params ReadOnlySpan<(string Name, string Value)> labels)
    {
        _sb.Append(name);
        if (labels.Length > 0)
        {
            _sb.Append('{');
            for (var i = 0; i < labels.Length; i++)
            {
                if (i > 0) _sb.Append(',');
                _sb.Append(labels[i].Name).Append("=\"");
                foreach (var c in labels[i].Value)
                {
                    _sb.Append(c switch { '\\' => "\\\\", '"' => "\\\"", '\n' => "\\n", _ => c.ToString() });
                }
                _sb.Append('"');
            }
            _sb.Append('}');
        }
        _sb.Append(' ').Append(Number(value)).Append('\n');
        return this;
    }

    /// <summary>Writes a histogram's bucket, sum and count samples.</summary>
    public PrometheusText Histogram(string name, Histogram histogram, params (string Name, string Value)[] labels)
    {
        var (cumulative, sum) = histogram.Read();
        for (var i = 0; i < cumulative.Length; i++)
        {
            var le = i < histogram.Bounds.Count ? Number(histogram.Bounds[i]) : "+Inf";
            Sample(name + "_bucket", cumulative[i], [.. labels, ("le", le)]);
        }
        Sample(name + "_sum", sum, labels);
        Sample(name + "_count", cumulative[^1], labels);
        return this;
    }

    /// <summary>A number as the format writes it.</summary>
    public static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : double.IsNegativeInfinity(value) ? "-Inf" : double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => _sb.ToString();
}
