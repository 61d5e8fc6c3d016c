namespace Policy.Conformance.TextFormat;

/// <summary>
/// A message in text format: its fields in source order. Repeated fields appear once per
/// occurrence (the list form <c>f: [a, b]</c> is expanded into two fields).
/// </summary>
public sealed class TextMessage : TextValue
{
    /// <summary>Creates a message that starts at a position.</summary>
    public TextMessage(IReadOnlyList<TextField> fields, int line, int column)
        : base(line, column) => Fields = fields;

    /// <summary>The fields in source order.</summary>
    public IReadOnlyList<TextField> Fields { get; }

    /// <summary>Every occurrence of a (non-bracketed) field.</summary>
    public IEnumerable<TextField> All(string name) => Fields.Where(f => !f.IsBracketed && f.Name == name);

    /// <summary>The last occurrence of a field (text format lets a later value win), or null.</summary>
    public TextField? Find(string name) => Fields.LastOrDefault(f => !f.IsBracketed && f.Name == name);
}
