namespace Policy.Lint.Tests;

/// <summary>Small policies the tests lint.</summary>
internal static class Policies
{
    /// <summary>Valid for a tls agent endpoint; not terminating, so invalid for a cloud endpoint.</summary>
    public const string Clean = """
        on_tcp_connect:
          - actions:
              - type: log
                config:
                  metadata:
                    sni: "${conn.tls.sni}"
        """;

    /// <summary>Valid for a tls endpoint of either type.</summary>
    public const string Terminating = """
        on_tcp_connect:
          - expressions:
              - "conn.tls.sni.endsWith('.example.com')"
            actions:
              - type: forward-internal
                config:
                  url: tls://app.internal
          - actions:
              - type: deny
        """;

    /// <summary>ngrok's TLS quickstart: an HTTP phase, an error on tls at line 1.</summary>
    public const string Quickstart = """
        on_http_request:
        - actions:
          - type: custom-response
            config:
              status_code: 200
              headers:
                content-type: text/plain
              body: "Hello world!"
        """;

    /// <summary>One warning (a CIDR with host bits set), no error.</summary>
    public const string WarningOnly = """
        on_tcp_connect:
          - actions:
              - type: restrict-ips
                config:
                  allow: ["10.1.2.3/8"]
        """;

    /// <summary>Only an info note (set-vars chaining), no error or warning.</summary>
    public const string InfoOnly = """
        on_tcp_connect:
          - actions:
              - type: set-vars
                config:
                  vars:
                    - a: "${conn.tls.sni}"
                    - b: "${vars.a}"
        """;

    /// <summary>An error with an unknown action type at 3:15.</summary>
    public const string UnknownAction = """
        on_tcp_connect:
          - actions:
              - type: deny-all
        """;
}
