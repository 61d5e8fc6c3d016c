using Policy.Runtime.Functions;
using Policy.Runtime.Library.Lists;
using Policy.Runtime.Library.MathExt;
using Policy.Runtime.Library.Optional;
using Policy.Runtime.Library.Standard;
using Policy.Runtime.Library.Strings;
using Policy.Runtime.Network;
using Policy.Runtime.Time;

namespace Policy.Runtime.Library;

/// <summary>The function libraries this runtime provides.</summary>
public static class CelLibraries
{
    /// <summary>CEL's standard definitions, including time.</summary>
    public static IReadOnlyList<CelLibrary> Standard { get; } = [StandardLibrary.Instance, new TimeLibrary()];

    /// <summary>
    /// The extension libraries of cel-go that Traffic Policy relies on: strings, encoders, math,
    /// lists, optional types and network (the bindings and two-variable comprehension extensions
    /// are macros).
    /// </summary>
    public static IReadOnlyList<CelLibrary> Extensions { get; } =
        [new StringsLibrary(), new EncodersLibrary(), new MathLibrary(), new ListsLibrary(), OptionalLibrary.Instance, NetworkLibrary.Instance];

    /// <summary>Standard plus extensions.</summary>
    public static IReadOnlyList<CelLibrary> All { get; } = [.. Standard, .. Extensions];
}
