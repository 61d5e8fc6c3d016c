using System.Globalization;
using System.Text.Json;
using Policy.Compiler.TrafficPolicy.Syntax;

namespace Policy.Proxy.Admin.Api;

/// <summary>
/// An inline policy of the config file as JSON text (a policy document may be YAML or JSON, so this
/// is a policy in its own right): the admin API's <c>traffic_policy</c> of a config endpoint.
/// </summary>
public static class PolicyNodeJson
{
    /// <summary>The JSON text of the node.</summary>
    public static string Of(PolicyNode node)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Events.EventJson.WriterOptions.Encoder })) Write(w, node);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter w, PolicyNode node)
    {
        switch (node)
        {
            case PolicyMap map:
                w.WriteStartObject();
                foreach (var e in map.Entries)
                {
                    w.WritePropertyName(e.Key.Value);
                    Write(w, e.Value);
                }
                w.WriteEndObject();
                break;
            case PolicyList list:
                w.WriteStartArray();
                foreach (var item in list.Items) Write(w, item);
                w.WriteEndArray();
                break;
            case PolicyScalar s:
                Scalar(w, s);
                break;
        }
    }

    private static void Scalar(Utf8JsonWriter w, PolicyScalar s)
    {
        switch (s.Kind)
        {
            case ScalarKind.Null:
                w.WriteNullValue();
                break;
            case ScalarKind.Boolean:
                w.WriteBooleanValue(s.Value == "true");
                break;
            case ScalarKind.Integer when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                w.WriteNumberValue(i);
                break;
            case ScalarKind.Float when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d):
                w.WriteNumberValue(d);
                break;
            default:
                // Strings, and numbers JSON cannot spell as YAML wrote them (0x1F, .inf): as text.
                w.WriteStringValue(s.Value);
                break;
        }
    }
}
