using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Policy.Proxy.Admin.Api;

/// <summary>
/// A request's JSON object, read strictly: at most <see cref="MaxBytes"/>, sent as
/// <c>application/json</c>, well-formed, no duplicate or unknown fields, each field of the type the
/// route expects. The first problem is kept in <see cref="Error"/>.
/// </summary>
public sealed class JsonBody
{
    /// <summary>The largest body accepted (1 MiB).</summary>
    public const int MaxBytes = 1 << 20;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowDuplicateProperties = false, CommentHandling = JsonCommentHandling.Disallow };

    private readonly JsonElement _root;

    private JsonBody(JsonElement root) => _root = root;

    /// <summary>The first problem found reading fields, or null.</summary>
    public ApiError? Error { get; private set; }

    /// <summary>
    /// Reads the body as an object with only <paramref name="fields"/>; a null body and an error
    /// (413, 415 or 400) when it cannot be.
    /// </summary>
    public static async Task<(JsonBody? Body, ApiError? Error)> ReadAsync(HttpContext context, IReadOnlyCollection<string> fields)
    {
        var (bytes, tooLarge) = await ReadBytesAsync(context).ConfigureAwait(false);
        if (tooLarge) return (null, new ApiError(413, ApiErrorCodes.PayloadTooLarge, $"the body is larger than {MaxBytes} bytes"));
        if (!IsJson(context.Request.ContentType))
            return (null, new ApiError(415, ApiErrorCodes.UnsupportedMediaType, "send the body as JSON, with Content-Type: application/json"));
        if (bytes.Length == 0) return (null, ApiError.BadRequest(ApiErrorCodes.MalformedJson, "the body is empty; send a JSON object"));
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(bytes, Options);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (null, ApiError.BadRequest(ApiErrorCodes.MalformedJson, $"the body is not valid JSON: {e.Message}"));
        }
        catch (InvalidOperationException)
        {
            // The duplicate-name check decodes every property name, and throws on an unpaired surrogate.
            return (null, UnpairedSurrogate);
        }
        if (root.ValueKind != JsonValueKind.Object)
            return (null, ApiError.BadRequest(ApiErrorCodes.InvalidBody, $"the body must be a JSON object, not {Describe(root)}"));
        foreach (var property in root.EnumerateObject())
        {
            if (!HasOnlyWholeText(property.Value)) return (null, UnpairedSurrogate);
            if (!fields.Contains(property.Name))
                return (null, ApiError.BadRequest(ApiErrorCodes.UnknownField, $"unknown field '{property.Name}'; this request takes {string.Join(", ", fields)}"));
        }
        return (new JsonBody(root), null);
    }

    private static ApiError UnpairedSurrogate { get; } =
        ApiError.BadRequest(ApiErrorCodes.MalformedJson, "the body has a \\u escape of an unpaired UTF-16 surrogate, which is not text");

    // JsonDocument accepts an escaped unpaired surrogate ("\ud800") in a string value but throws
    // when asked for the string. Checked once here, for the strings a route reads (top-level
    // strings and lists of strings), so the field readers may call GetString freely and the request
    // answers 400, not 500. Such text could not be stored as it was sent anyway (SQLite keeps UTF-8).
    private static bool HasOnlyWholeText(JsonElement value)
    {
        try
        {
            if (value.ValueKind == JsonValueKind.String) _ = value.GetString();
            else if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String) _ = item.GetString();
                }
            }
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (string.Equals(media.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || (media.MediaType?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ?? false));

    // Kestrel enforces the same limit (MaxRequestBodySize): a declared Content-Length over it fails
    // the first read, a chunked body the read that crosses it. Either way the answer is 413, and
    // Kestrel closes the connection after it.
    private static async Task<(byte[] Bytes, bool TooLarge)> ReadBytesAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var n = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false);
                if (n == 0) return (buffer.ToArray(), false);
                if (buffer.Length + n > MaxBytes) return ([], true);
                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ([], true);
        }
    }

    /// <summary>True when the field is present (even as null).</summary>
    public bool Has(string name) => _root.TryGetProperty(name, out _);

    /// <summary>A string field; null when absent (an error when <paramref name="required"/>) or of another type.</summary>
    public string? String(string name, bool required = false, int maxBytes = int.MaxValue)
    {
        if (!Find(name, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.String) return Fail(name, "a string", value);
        var s = value.GetString()!;
        if (System.Text.Encoding.UTF8.GetByteCount(s) > maxBytes) return Fail<string>(name, $"at most {maxBytes} bytes long");
        return s;
    }

    /// <summary>A boolean field; null when absent or of another type.</summary>
    public bool? Bool(string name)
    {
        if (!Find(name, false, out var value)) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        Fail(name, "true or false", value);
        return null;
    }

    /// <summary>A list of strings; null when absent or of another shape.</summary>
    public List<string>? StringList(string name)
    {
        if (!Find(name, false, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String))
            return Fail<List<string>>(name, "a list of strings");
        return [.. value.EnumerateArray().Select(i => i.GetString()!)];
    }

    private bool Find(string name, bool required, out JsonElement value)
    {
        if (_root.TryGetProperty(name, out value)) return true;
        if (required) Error ??= ApiError.BadRequest(ApiErrorCodes.MissingField, $"the field '{name}' is required");
        return false;
    }

    private string? Fail(string name, string expected, JsonElement value) => Fail<string>(name, $"{expected}, not {Describe(value)}");

    private T? Fail<T>(string name, string expected) where T : class
    {
        Error ??= ApiError.BadRequest(ApiErrorCodes.InvalidField, $"the field '{name}' must be {expected}");
        return null;
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
