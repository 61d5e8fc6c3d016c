namespace Policy.Runtime.Time;

/// <summary>How the time functions quote user text in error messages.</summary>
internal static class TimeText
{
    // Long enough for any sensible timestamp, duration or zone; keeps errors small for hostile input.
    private const int MaxQuoted = 64;

    /// <summary>The text in double quotes, shortened with an ellipsis when long.</summary>
    public static string Quote(string text) =>
        text.Length <= MaxQuoted ? $"\"{text}\"" : $"\"{text[..MaxQuoted]}…\"";
}
