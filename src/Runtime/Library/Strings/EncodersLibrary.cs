using Policy.Runtime.Functions;
using Policy.Runtime.Types;
using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Strings;

/// <summary>The encoders extension of cel-go (<c>ext.Encoders()</c>): <c>base64.encode</c> and <c>base64.decode</c>.</summary>
public sealed class EncodersLibrary : CelLibrary
{
    private static readonly FunctionDecl[] Declarations =
    [
        new("base64.encode", "Encodes bytes as standard base64 text with padding.",
            Overload.Global<CelBytes, string>("base64_encode_bytes", CelType.Bytes, CelType.String, EncoderFunctions.Base64Encode)),
        new("base64.decode", "Decodes standard base64 text (padding optional) to bytes.",
            Overload.Global<string, CelValue>("base64_decode_string", CelType.String, CelType.Bytes, EncoderFunctions.Base64Decode)),
    ];

    /// <inheritdoc/>
    public override string Name => "encoders";

    /// <inheritdoc/>
    public override IEnumerable<FunctionDecl> Functions => Declarations;
}
