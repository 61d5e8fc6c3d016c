using Policy.Runtime.Values;

namespace Policy.Runtime.Library.Ngrok;

public static partial class NgrokFunctions
{
    /// <summary>
    /// <c>url.escape(s)</c>, <c>s.escapeUrl()</c>: query-component escaping (Go's
    /// <c>url.QueryEscape</c>): letters, digits and <c>- _ . ~</c> stay, a space becomes <c>+</c>,
    /// every other byte of the UTF-8 text becomes <c>%XX</c>.
    /// </summary>
    public static string UrlEscape(string text) => UrlEncoding.Escape(text, UrlPart.QueryComponent);

    /// <summary>
    /// <c>url.unescape(s)</c>, <c>s.unescapeUrl()</c>: the inverse (Go's <c>url.QueryUnescape</c>):
    /// <c>%XX</c> and <c>+</c> (space) decoded; a <c>%</c> without two hex digits is an error.
    /// Decoded bytes that are not UTF-8 become U+FFFD.
    /// </summary>
    public static CelValue UrlUnescape(string text) =>
        UrlEncoding.Unescape(text, UrlPart.QueryComponent, out var error) is { } value
            ? CelString.Of(value)
            : CelError.Of(error!);

    /// <summary>
    /// <c>url.parse(s)</c>, <c>s.parseUrl()</c>: the URL as a map shaped like Go's
    /// <c>url.URL</c> with snake_case keys. Always present: <c>scheme</c>, <c>opaque</c>,
    /// <c>host</c> (host[:port]), <c>hostname</c> and <c>port</c> (Go's <c>Hostname()</c> and
    /// <c>Port()</c>; the port is a string, empty when absent), <c>path</c>, <c>raw_path</c>,
    /// <c>omit_host</c>, <c>force_query</c>, <c>raw_query</c>, <c>fragment</c>,
    /// <c>raw_fragment</c>. <c>user</c> is present only when the URL has user information (Go's
    /// nil <c>User</c>), as a map with <c>username</c> and, only when one was given, <c>password</c>.
    /// Text Go's parser rejects is an error (<c>parse "x": ...</c>).
    /// </summary>
    public static CelValue UrlParse(string text)
    {
        var url = UrlParser.Parse(text, out var error);
        if (url is null) return CelError.Of(error!);
        var fields = new List<KeyValuePair<string, CelValue>>
        {
            new("scheme", CelString.Of(url.Scheme)),
            new("opaque", CelString.Of(url.Opaque)),
        };
        if (url.HasUser)
        {
            var user = new List<KeyValuePair<string, CelValue>> { new("username", CelString.Of(url.Username)) };
            if (url.Password is not null) user.Add(new("password", CelString.Of(url.Password)));
            fields.Add(new("user", CelMap.OfStrings(user)));
        }
        fields.Add(new("host", CelString.Of(url.Host)));
        fields.Add(new("hostname", CelString.Of(url.Hostname)));
        fields.Add(new("port", CelString.Of(url.Port)));
        fields.Add(new("path", CelString.Of(url.Path)));
        fields.Add(new("raw_path", CelString.Of(url.RawPath)));
        fields.Add(new("omit_host", CelBool.Of(url.OmitHost)));
        fields.Add(new("force_query", CelBool.Of(url.ForceQuery)));
        fields.Add(new("raw_query", CelString.Of(url.RawQuery)));
        fields.Add(new("fragment", CelString.Of(url.Fragment)));
        fields.Add(new("raw_fragment", CelString.Of(url.RawFragment)));
        return CelMap.OfStrings(fields);
    }

    /// <summary>
    /// <c>s.isURL()</c>: true for an absolute URL with a host, i.e. one that <c>url.parse</c>
    /// accepts and that has a scheme and a non-empty host (<c>https://ngrok.com</c> yes; <c>not a
    /// url</c>, <c>/path</c>, <c>mailto:a@b</c> and <c>file:///x</c> no). ngrok documents only the
    /// first two cases; Go's parser alone accepts almost any text, so the scheme and host are required.
    /// </summary>
    public static bool IsUrl(string text) =>
        UrlParser.Parse(text, out _) is { } url && url.Scheme.Length > 0 && url.Host.Length > 0;
}
