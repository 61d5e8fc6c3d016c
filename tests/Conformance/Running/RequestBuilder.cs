using System.Diagnostics.CodeAnalysis;
using Policy.Conformance.Conversion;
using Policy.Conformance.Engine;
using Policy.Conformance.Model;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Conformance.Running;

/// <summary>Turns a test into an <see cref="EngineRequest"/>: declarations become <see cref="CelType"/>s, bindings <see cref="CelValue"/>s.</summary>
public static class RequestBuilder
{
    /// <summary>Builds the request, or says which declaration or binding could not be converted.</summary>
    public static bool TryBuild(SimpleTest test, [NotNullWhen(true)] out EngineRequest? request, out string problem)
    {
        request = null;
        var identifiers = new Dictionary<string, CelType>(StringComparer.Ordinal);
        var functions = new Dictionary<string, List<OverloadDeclaration>>(StringComparer.Ordinal);
        foreach (var decl in test.TypeEnv)
        {
            if (decl.IsFunction)
            {
                if (!functions.TryGetValue(decl.Name, out var overloads)) functions[decl.Name] = overloads = [];
                foreach (var overload in decl.Overloads)
                {
                    if (!TryConvertOverload(overload, out var converted, out problem))
                    {
                        problem = $"function '{decl.Name}' overload '{overload.Id}': {problem}";
                        return false;
                    }
                    overloads.Add(converted);
                }
            }
            else if (ConvertOrDyn(decl.IdentType, out var type, out problem)) identifiers[decl.Name] = type;
            else
            {
                problem = $"identifier '{decl.Name}': {problem}";
                return false;
            }
        }

        var bindings = new Dictionary<string, CelValue>(StringComparer.Ordinal);
        foreach (var (name, proto) in test.Bindings)
        {
            if (!ValueConverter.TryConvert(proto, out var value, out problem))
            {
                problem = $"binding '{name}': {problem}";
                return false;
            }
            bindings[name] = value;
        }

        problem = "";
        request = new EngineRequest
        {
            Expr = test.Expr,
            Container = test.Container,
            DisableMacros = test.DisableMacros,
            DisableCheck = test.DisableCheck,
            CheckOnly = test.CheckOnly,
            Identifiers = identifiers,
            Functions = [.. functions.Select(f => new FunctionDeclaration(f.Key, f.Value))],
            Bindings = bindings,
        };
        return true;
    }

    private static bool TryConvertOverload(OverloadDecl overload, [NotNullWhen(true)] out OverloadDeclaration? converted, out string problem)
    {
        converted = null;
        var parameters = new CelType[overload.Params.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (!TypeConverter.TryConvert(overload.Params[i], out var p, out problem)) return false;
            parameters[i] = p;
        }
        if (!ConvertOrDyn(overload.ResultType, out var result, out problem)) return false;
        converted = new OverloadDeclaration(overload.Id, overload.IsInstance, parameters, result, overload.TypeParams);
        return true;
    }

    // A declaration without a type means dyn.
    private static bool ConvertOrDyn(TypeProto? proto, [NotNullWhen(true)] out CelType? type, out string problem)
    {
        if (proto is not null) return TypeConverter.TryConvert(proto, out type, out problem);
        type = CelType.Dyn;
        problem = "";
        return true;
    }
}
