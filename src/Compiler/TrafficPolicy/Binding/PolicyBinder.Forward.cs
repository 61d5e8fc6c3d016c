using Policy.Compiler.Diagnostics;
using Policy.Compiler.Lowering;
using Policy.Compiler.TrafficPolicy.Syntax;
using Policy.Runtime.Types;

namespace Policy.Compiler.TrafficPolicy.Binding;

public sealed partial class PolicyBinder
{
    private static readonly string[] OnErrorValues = ["halt", "continue"];

    private IrAction? BindForwardInternal(PolicyMap action, PolicyMap? map)
    {
        var config = Config("forward-internal", action, map);
        config.AllowKeys("url", "on_error");
        var onError = config.Enum("on_error", OnErrorValues) ?? "halt";
        IrTemplate? url = null;
        if (config.String("url", required: true) is { } scalar)
        {
            if (scalar.Value.Trim().Length == 0) Report(DiagnosticCatalog.EmptyValue, scalar, "url cannot be empty");
            else url = BindTemplate(scalar);
            if (url is { IsConstant: true } && InternalUrl.Validate(url.ConstantText, _context.Scheme) is { } problem)
                Report(DiagnosticCatalog.InvalidUrl, scalar, $"url must be the URL of an internal endpoint: {problem}");
            if (url is { IsLone: true } && url.Type.Kind is not (TypeKind.String or TypeKind.Dyn))
                Report(DiagnosticCatalog.InvalidTemplate, scalar, $"url must be a string, but the interpolation is of type {url.Type}");
        }
        return config.Failed || url is null ? null : new IrForwardInternal(action.Location, url, onError == "continue");
    }
}
