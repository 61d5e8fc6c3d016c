using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Runtime.Evaluation;

/// <summary>
/// A variable the checker knows: its qualified name (<c>conn.tls.sni</c>), its type, a
/// description, and optionally a typed getter over a concrete activation type. With a getter,
/// the interpreter and generated code read the value without a lookup by name.
/// </summary>
public sealed class VariableDecl
{
    private readonly Func<IActivation, CelValue>? _read;

    private VariableDecl(string name, CelType type, string doc, Delegate? getter, Type? contextType, Func<IActivation, CelValue>? read)
    {
        Name = name;
        Type = type;
        Doc = doc;
        Getter = getter;
        ContextType = contextType;
        _read = read;
    }

    /// <summary>The fully qualified name.</summary>
    public string Name { get; }

    /// <summary>The declared type.</summary>
    public CelType Type { get; }

    /// <summary>What the variable holds.</summary>
    public string Doc { get; }

    /// <summary>A static method <c>T Get(TContext)</c>, or null when the variable is looked up by name.</summary>
    public Delegate? Getter { get; }

    /// <summary>The activation type the getter takes.</summary>
    public Type? ContextType { get; }

    /// <summary>A variable read from the activation by name.</summary>
    public static VariableDecl Named(string name, CelType type, string doc = "") => new(name, type, doc, null, null, null);

    /// <summary>A variable read by a typed getter over <typeparamref name="TContext"/>.</summary>
    public static VariableDecl Typed<TContext, T>(string name, CelType type, Func<TContext, T> getter, string doc = "")
        where TContext : IActivation =>
        new(name, type, doc, getter, typeof(TContext), a => a is TContext c ? Marshal<T>.To(getter(c)) : Lookup(a, name));

    /// <summary>Reads the value from an activation (errors when it is absent).</summary>
    public CelValue Read(IActivation activation) => _read is not null ? _read(activation) : Lookup(activation, Name);

    private static CelValue Lookup(IActivation activation, string name) =>
        activation.TryResolve(name, out var v) ? v : CelError.NoSuchAttribute(name);

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Type}";
}
