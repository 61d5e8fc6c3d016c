namespace Policy.Proxy.ClientHello;

/// <summary>Bounds on reading a ClientHello from a new connection.</summary>
public sealed record ClientHelloLimits
{
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(3);
    private readonly int _maxBytes = ClientHelloParser.DefaultMaxBytes;

    /// <summary>The defaults: 3 s (ngrok's ClientHello timeout) and 16 KiB.</summary>
    public static ClientHelloLimits Default { get; } = new();

    /// <summary>Time from the start of reading until a decision; default 3 s. Must be positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero, negative or infinite.</exception>
    public TimeSpan Timeout
    {
        get => _timeout;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfEqual(value, System.Threading.Timeout.InfiniteTimeSpan);
            _timeout = value;
        }
    }

    /// <summary>
    /// Most bytes read and buffered before giving up (record headers included); default 16384.
    /// Must be within [<see cref="ClientHelloParser.MinMaxBytes"/>, <see cref="ClientHelloParser.MaxMaxBytes"/>].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MaxBytes
    {
        get => _maxBytes;
        init
        {
            ClientHelloParser.ValidateMaxBytes(value);
            _maxBytes = value;
        }
    }
}
