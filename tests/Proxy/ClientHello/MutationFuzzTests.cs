using Policy.Proxy.ClientHello;

namespace Policy.Proxy.Tests.ClientHello;

/// <summary>
/// Property test: random mutations of the golden hellos (fixed seed, bounded count) never throw,
/// and the one-shot parse and the chunked parse always agree.
/// </summary>
public sealed class MutationFuzzTests
{
    private const int MutationsPerHello = 1500;

    public static TheoryData<string> Hellos() => [.. GoldenHellos.All];

    [Theory]
    [MemberData(nameof(Hellos))]
    public void Mutated_hellos_are_decided_consistently_without_exceptions(string name)
    {
        var golden = GoldenHellos.Load(name);
        var random = new Random(unchecked(1234567 + name.Length * 7919));
        var seen = new HashSet<ClientHelloStatus>();

        for (var i = 0; i < MutationsPerHello; i++)
        {
            var mutated = Mutate(golden, random);

            var whole = ClientHelloParser.Parse(mutated, 4096);
            var split = random.Next(0, mutated.Length + 1);
            var chunked = HelloSummary.ParseInChunks(mutated, [split, mutated.Length], 4096);

            Assert.Equal(HelloSummary.Of(whole), HelloSummary.Of(chunked));
            Assert.InRange(whole.BytesConsumed, 0, mutated.Length);
            Assert.Equal(whole.Status == ClientHelloStatus.Complete, whole.Info is not null);
            Assert.Equal(whole.Status == ClientHelloStatus.Invalid, whole.Reason is not null);
            if (whole.Info is { } info)
            {
                Assert.Matches("^t(13|12|11|10|s3|00)[di][0-9]{4}[0-9a-zA-Z]{2}_[0-9a-f]{12}_[0-9a-f]{12}$", info.Ja4);
                Assert.True(info.ServerNameStatus != ServerNameStatus.Valid || info.ServerName is { Length: > 0 and <= 253 });
            }

            seen.Add(whole.Status);
        }

        // The mutations must reach deep enough to produce both accepted and rejected hellos.
        Assert.Contains(ClientHelloStatus.Complete, seen);
        Assert.Contains(ClientHelloStatus.Invalid, seen);
    }

    private static byte[] Mutate(byte[] golden, Random random)
    {
        var bytes = new List<byte>(golden);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // Length fields are the interesting targets: nudge a 16-bit value by a little.
                    if (at + 1 < bytes.Count)
                    {
                        var value = ((bytes[at] << 8) | bytes[at + 1]) + random.Next(-3, 4);
                        bytes[at] = (byte)(value >> 8);
                        bytes[at + 1] = (byte)value;
                    }

                    break;
            }
        }

        return [.. bytes];
    }
}
