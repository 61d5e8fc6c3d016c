using System.Text.Encodings.Web;
using System.Text.Json;

namespace Policy.Lint.Output;

/// <summary>How the JSON formats write text.</summary>
internal static class JsonText
{
    /// <summary>
    /// Indented, and with the relaxed encoder: the default one writes every quote in a message
    /// (<c>'name'</c>) and every non-ASCII letter as a <c>\u</c> escape, which is valid but
    /// unreadable. The output is a file or a pipe, never HTML, so nothing else needs escaping.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
