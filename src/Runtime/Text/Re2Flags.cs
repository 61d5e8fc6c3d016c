namespace Policy.Runtime.Text;

/// <summary>The RE2 flags that <c>(?flags)</c> and <c>(?flags:re)</c> set or clear.</summary>
[Flags]
internal enum Re2Flags
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary><c>i</c>: case-insensitive (simple case folding).</summary>
    IgnoreCase = 1,
    /// <summary><c>m</c>: <c>^</c> and <c>$</c> also match at line breaks.</summary>
    MultiLine = 2,
    /// <summary><c>s</c>: <c>.</c> also matches <c>\n</c>.</summary>
    DotAll = 4,
    /// <summary><c>U</c>: ungreedy, swapping <c>x*</c> and <c>x*?</c> and the like.</summary>
    Ungreedy = 8,
}
