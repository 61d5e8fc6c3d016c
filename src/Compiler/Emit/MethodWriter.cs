using System.Text;

namespace Policy.Compiler.Emit;

/// <summary>The statements of one generated method, with fresh local and label names.</summary>
internal sealed class MethodWriter
{
    private readonly StringBuilder _body = new();
    private int _indent = 2;
    private int _next;

    /// <summary>A fresh identifier with a prefix (never derived from user input).</summary>
    public string Fresh(string prefix) => prefix + _next++;

    /// <summary>Appends a statement line.</summary>
    public void Line(string statement) => _body.Append(' ', _indent * 4).Append(statement).Append('\n');

    /// <summary>Opens a block after a header line such as <c>if (x)</c>.</summary>
    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    /// <summary>Closes the innermost block.</summary>
    public void Close()
    {
        _indent--;
        Line("}");
    }

    /// <summary>Declares a local with its type and initial value; returns its name.</summary>
    public string Local(string type, string prefix, string initial)
    {
        var name = Fresh(prefix);
        Line($"{type} {name} = {initial};");
        return name;
    }

    /// <summary>A label statement.</summary>
    public void Label(string label) => Line($"{label}: ;");

    /// <summary>The body text.</summary>
    public override string ToString() => _body.ToString();
}
