using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Policy.Proxy.Events;

namespace Policy.Proxy.Admin.Api;

/// <summary>Writes JSON responses with <see cref="Utf8JsonWriter"/>, so keys keep the contract's order.</summary>
public static class JsonResponse
{
    /// <summary>The content type of every JSON response.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Writes <paramref name="status"/> and the JSON <paramref name="write"/> produces.</summary>
    public static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, EventJson.WriterOptions)) write(json);
        buffer.Write("\n"u8);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Writes an error: <c>{"error", "code"}</c>, with <c>diagnostics</c> when it has some.</summary>
    public static Task WriteErrorAsync(HttpContext context, ApiError error)
    {
        if (error.Status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(context, error.Status, w =>
        {
            w.WriteStartObject();
            w.WriteString("error", error.Message);
            w.WriteString("code", error.Code);
            if (!error.Diagnostics.IsDefaultOrEmpty) DiagnosticJson.WriteArray(w, "diagnostics", error.Diagnostics);
            w.WriteEndObject();
        });
    }
}
