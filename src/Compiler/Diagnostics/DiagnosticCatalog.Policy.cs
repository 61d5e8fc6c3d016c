namespace Policy.Compiler.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>TP2236: the document is not valid YAML or JSON.</summary>
    public static readonly DiagnosticDescriptor PolicyParseError = new("TP2236", Severity.Error,
        "Policy is not valid YAML or JSON",
        "The traffic policy could not be parsed as YAML or JSON. The location points at the first character the parser " +
        "could not accept. Common causes: tabs used for indentation, an expression starting with '!' left unquoted " +
        "(YAML reads it as a tag), a missing closing quote, or a key without a colon.");

    /// <summary>TP0001: a key appears twice in one map.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("TP0001", Severity.Error,
        "Duplicate key",
        "A map has the same key twice. YAML parsers disagree about which value wins, so the policy is ambiguous; " +
        "remove or rename one of them.");
}

public static partial class DiagnosticCatalog
{
    /// <summary>TP0002: a value of the wrong shape (a map where a list belongs…).</summary>
    public static readonly DiagnosticDescriptor WrongShape = new("TP0002", Severity.Error,
        "Value of the wrong shape",
        "A policy value has the wrong shape: each phase holds a LIST of rules, each rule a map with a LIST of actions, " +
        "each action a map with 'type' and 'config'. A common mistake is writing the rules of a phase as a map " +
        "(ngrok answers: \"received invalid value of type 'map' for traffic policy rule array\").");

    /// <summary>TP0003: a key the document format does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("TP0003", Severity.Error,
        "Unknown key",
        "A key is not part of the Traffic Policy format at this level. Top-level keys are phases (on_tcp_connect, " +
        "on_http_request, on_http_response); a rule has name, expressions and actions; an action has type and config; " +
        "each action's config has its own fields. Check the spelling.");

    /// <summary>TP0004: the legacy phase names inbound/outbound.</summary>
    public static readonly DiagnosticDescriptor LegacyPhase = new("TP0004", Severity.Error,
        "Legacy phase name",
        "'inbound' and 'outbound' were the phase names before ngrok agent 3.17 (October 2024). on_tcp_connect and " +
        "on_http_request replaced inbound (for TLS and TCP endpoints: on_tcp_connect), and on_http_response replaced outbound.");

    /// <summary>TP0005: expressions that must be bool.</summary>
    public static readonly DiagnosticDescriptor ExpressionNotBool = new("TP0005", Severity.Error,
        "Expression is not a condition",
        "Every entry of a rule's 'expressions' must evaluate to a bool; all of them must be true for the rule's actions " +
        "to run. Compare explicitly, e.g. size(x) > 0 instead of size(x).");

    /// <summary>TP0006: a variable or function that exists only on HTTP endpoints.</summary>
    public static readonly DiagnosticDescriptor HttpOnlyReference = new("TP0006", Severity.Error,
        "HTTP-only variable or function",
        "req.*, res.* and the request/response helpers (getReqHeader, hasReqHeader, getQueryParam, getReqCookie, " +
        "getResHeader, ...) exist only on http and https endpoints. A tls or tcp endpoint sees only the connection: " +
        "conn.*, conn.tls.*, endpoint.*, time.now, vars.* and actions.ngrok.*.");

    /// <summary>TP0007: a binding a scheme does not support.</summary>
    public static readonly DiagnosticDescriptor UnsupportedBinding = new("TP0007", Severity.Error,
        "Binding not supported for this protocol",
        "TLS endpoints support the public and internal bindings only; the kubernetes binding exists for http and tcp endpoints.");

    /// <summary>TP0008: a value that is probably a mistake but valid.</summary>
    public static readonly DiagnosticDescriptor SuspiciousValue = new("TP0008", Severity.Warning,
        "Suspicious value",
        "A value is valid but probably not what was meant, for example a CIDR written with host bits set " +
        "(10.0.0.1/8 instead of 10.0.0.0/8), or an expression that is always true or false.");

    /// <summary>TP0009: set-vars chains a variable from another set-vars variable.</summary>
    public static readonly DiagnosticDescriptor SetVarsChaining = new("TP0009", Severity.Info,
        "Variable set from another set-vars variable",
        "ngrok's documentation disagrees about setting a variable from one set earlier with set-vars: the set-vars page " +
        "(2026) shows it, while the ERR_NGROK_2251 page (2025) forbids it. This compiler allows it; the note is there " +
        "in case your gateway is older.");

    /// <summary>TP0011: vars.NAME read where no set-vars has set it.</summary>
    public static readonly DiagnosticDescriptor UnsetVariable = new("TP0011", Severity.Warning,
        "Variable not set in this phase",
        "An expression or interpolation reads vars.NAME, but no set-vars action earlier in the same phase sets NAME. " +
        "Variables exist only after the set-vars action that sets them has run, and only in the phase that set them " +
        "(a variable set in on_http_request is not visible in on_http_response), so the lookup fails at run time. " +
        "Set it first, or guard the read with has(vars.NAME).");

    /// <summary>TP0010: the policy is empty.</summary>
    public static readonly DiagnosticDescriptor EmptyPolicy = new("TP0010", Severity.Warning,
        "Empty policy",
        "The policy has no phases or no rules; it does nothing.");

    /// <summary>TP2200: an invalid expression.</summary>
    public static readonly DiagnosticDescriptor InvalidExpression = new("TP2200", Severity.Error,
        "Invalid policy expression",
        "An entry of 'expressions' is not a string holding a CEL expression.");

    /// <summary>TP2201: an action type that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownActionType = new("TP2201", Severity.Error,
        "Invalid policy action type",
        "The action's 'type' is not one of ngrok's action types. TLS endpoints may use close-connection, deny, " +
        "forward-internal, log, restrict-ips, set-vars and terminate-tls.");

    /// <summary>TP2202: an action not allowed in the phase.</summary>
    public static readonly DiagnosticDescriptor ActionNotInPhase = new("TP2202", Severity.Error,
        "Action not supported in this phase",
        "The action exists for this protocol but not in this phase; for example terminate-tls runs only in on_tcp_connect.");

    /// <summary>TP2203: an action config that is not a map, or a field of the wrong type.</summary>
    public static readonly DiagnosticDescriptor InvalidConfig = new("TP2203", Severity.Error,
        "Action configuration cannot be parsed",
        "The action's 'config' (or one of its fields) has the wrong type: config is a map, lists are lists (a list of " +
        "CA certificates is a list even with one entry), booleans are true/false.");

    /// <summary>TP2204: a configuration value that is invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidConfigValue = new("TP2204", Severity.Error,
        "Invalid configuration value",
        "A configuration field has a value the action does not accept.");

    /// <summary>TP2205: an action not supported by the endpoint's protocol.</summary>
    public static readonly DiagnosticDescriptor ActionNotForProtocol = new("TP2205", Severity.Error,
        "Action not supported for the protocol",
        "The action exists but not for this endpoint's protocol. On a tls:// endpoint only close-connection, deny, " +
        "forward-internal, log, restrict-ips, set-vars and terminate-tls apply; the others are HTTP actions for " +
        "http:// and https:// endpoints.");

    /// <summary>TP2206: a rule without actions.</summary>
    public static readonly DiagnosticDescriptor NoActions = new("TP2206", Severity.Error,
        "A policy must define at least one action",
        "Every rule needs an 'actions' list with at least one action.");

    /// <summary>TP2207: an action after one that always terminates.</summary>
    public static readonly DiagnosticDescriptor UnreachableAction = new("TP2207", Severity.Error,
        "Unreachable action",
        "An action (or a whole rule) comes after an action that always ends policy processing: deny, close-connection " +
        "or custom-response, or forward-internal with on_error: halt. Nothing after it can run. Only a rule without expressions makes the rules after it " +
        "unreachable; a rule with expressions runs its actions only when it matches.");

    /// <summary>TP2215: a number out of range.</summary>
    public static readonly DiagnosticDescriptor OutOfRange = new("TP2215", Severity.Error,
        "Value out of range",
        "A numeric configuration value is outside its allowed range.");

    /// <summary>TP2216: a malformed IP Policy reference.</summary>
    public static readonly DiagnosticDescriptor InvalidIpPolicyReference = new("TP2216", Severity.Error,
        "Invalid IP Policy reference",
        "ip_policies lists IP Policy ids, which look like ipp_ followed by letters and digits (^ipp_[a-zA-Z0-9]+$).");

    /// <summary>TP2222: a value outside an enumeration.</summary>
    public static readonly DiagnosticDescriptor NotInEnum = new("TP2222", Severity.Error,
        "Value not allowed",
        "The field accepts only the listed values. For terminate-tls, min_version and max_version are '1.2' or '1.3' " +
        "(TLS 1.0 and 1.1 were removed in November 2025); mutual_tls_verification_strategy is require-and-verify, " +
        "require-any or request; forward-internal's on_error is halt or continue.");

    /// <summary>TP2223: an empty required value.</summary>
    public static readonly DiagnosticDescriptor EmptyValue = new("TP2223", Severity.Error,
        "Value cannot be empty",
        "A required value is empty.");

    /// <summary>TP2224: a ${…} template that does not compile.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplate = new("TP2224", Severity.Error,
        "CEL interpolation does not compile",
        "A ${...} interpolation in a configuration value is not a valid CEL expression for this phase, or is not closed.");

    /// <summary>TP2226: not a URL, or not the kind of URL required.</summary>
    public static readonly DiagnosticDescriptor InvalidUrl = new("TP2226", Severity.Error,
        "Invalid URL",
        "forward-internal's url must name an internal endpoint of the same protocol: for a TLS endpoint " +
        "tls://<name>.internal with an optional port (1-65535), e.g. tls://db.internal:5432.");

    /// <summary>TP2228: a value that does not parse (PEM, CIDR).</summary>
    public static readonly DiagnosticDescriptor ParseFailure = new("TP2228", Severity.Error,
        "Value does not parse",
        "A value must parse as the field requires: CIDR ranges like 203.0.113.0/24 or 2001:db8::/32, PEM certificates " +
        "and keys between -----BEGIN ...----- and -----END ...----- lines.");

    /// <summary>TP2231: duplicate values.</summary>
    public static readonly DiagnosticDescriptor DuplicateValues = new("TP2231", Severity.Warning,
        "Duplicate values",
        "A list contains the same value more than once.");

    /// <summary>TP2234: a missing required field.</summary>
    public static readonly DiagnosticDescriptor MissingField = new("TP2234", Severity.Error,
        "Missing required field",
        "A required field is missing: an action needs 'type'; forward-internal needs 'url'; set-vars needs 'vars'; " +
        "log needs 'metadata'.");

    /// <summary>TP2235: a cloud endpoint policy that may fall through.</summary>
    public static readonly DiagnosticDescriptor NotGuaranteedToHandle = new("TP2235", Severity.Error,
        "Cloud endpoint policy not guaranteed to handle traffic",
        "A cloud endpoint has no upstream, so every connection must end in a terminating action. End the policy with " +
        "a rule without expressions whose actions always terminate (deny, close-connection, or forward-internal with " +
        "on_error: halt).");

    /// <summary>TP2240: one of a pair of fields without the other.</summary>
    public static readonly DiagnosticDescriptor PairedField = new("TP2240", Severity.Error,
        "Paired field missing",
        "terminate-tls needs server_certificate and server_private_key together, or neither.");

    /// <summary>TP2250: set-vars values nested too deeply.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("TP2250", Severity.Error,
        "Nested variables too deep",
        "A set-vars value nests lists and maps deeper than allowed (ngrok does not publish its limit; this compiler allows 10 levels).");

    /// <summary>TP2255: too many elements in one action.</summary>
    public static readonly DiagnosticDescriptor TooManyElements = new("TP2255", Severity.Error,
        "Too many elements",
        "An action has more elements than allowed (for example more set-vars entries or CIDRs than the limit).");

    /// <summary>TP2230: a phase the protocol does not have.</summary>
    public static readonly DiagnosticDescriptor InvalidPhase = new("TP2230", Severity.Error,
        "Invalid phase for the protocol",
        "TLS and TCP endpoints have a single phase, on_tcp_connect: there are no HTTP requests to act on. " +
        "on_http_request and on_http_response exist only on http:// and https:// endpoints. ngrok's TLS quickstart " +
        "shows on_http_request on a tls:// URL; that example is wrong (ngrok itself answers ERR_NGROK_2230).");

    /// <summary>TP2229: an unknown protocol.</summary>
    public static readonly DiagnosticDescriptor UnknownProtocol = new("TP2229", Severity.Error,
        "Unknown protocol",
        "The endpoint's scheme must be tls, tcp, http or https.");

    /// <summary>TP2262: on_tcp_connect on an internal http/https endpoint.</summary>
    public static readonly DiagnosticDescriptor InternalHttpTcpConnect = new("TP2262", Severity.Error,
        "on_tcp_connect on an internal HTTP endpoint",
        "Internal http and https endpoints do not run on_tcp_connect; use a TCP or TLS endpoint.");

    /// <summary>TP1409: a CIDR written with host bits set.</summary>
    public static readonly DiagnosticDescriptor CidrNotNetworkAddress = new("TP1409", Severity.Warning,
        "CIDR not written with its network address",
        "The CIDR has host bits set, e.g. 10.0.0.1/8; the range it denotes starts at 10.0.0.0. ngrok's IP Policies " +
        "reject this form; write the lowest address of the range.");

    /// <summary>TP1413: an address without a mask where a CIDR is expected.</summary>
    public static readonly DiagnosticDescriptor CidrWithoutMask = new("TP1413", Severity.Error,
        "CIDR without a mask",
        "A CIDR range needs a prefix length: write 203.0.113.7/32 for a single IPv4 address and 2001:db8::1/128 for IPv6.");
}
