using System.Text;

namespace Policy.Compiler.Tests.TrafficPolicy.Syntax;

/// <summary>Random strings for the position-map property tests: any characters, text-like words, and multi-line text.</summary>
internal static class ScalarStrings
{
    private static readonly string[] Unicode = ["é", "ß", "ñ", "中", "文", "☃", "€", "ÿ", "Ω", "😀", "𝄞", "🎉"];
    private static readonly string[] Controls = ["\0", "\a", "\b", "\v", "\f", "\r", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\uFEFF"];
    private static readonly string[] Fragments =
        ["req.x == 'a'", "conn.client_ip", "!has(x)", "${vars.y}", "a\\d+", "\"q\"", "'s'", "a: b", "x #y", "- item", "[1, 2]", "{k: v}", "*.example.com", "&a"];

    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private const string SafePunctuation = "$%&()*+,-./;<=>?@[]^_{|}~'\"!\\";

    /// <summary>Any characters: escapes, controls, quotes, line breaks, surrogate pairs.</summary>
    public static string General(Random rng)
    {
        var sb = new StringBuilder();
        var pieces = rng.Next(0, 16);
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(rng.Next(20) switch
            {
                < 6 => Letters[rng.Next(Letters.Length)].ToString(),
                < 8 => " ",
                < 10 => "\n",
                10 => "\t",
                < 13 => Punctuation[rng.Next(Punctuation.Length)].ToString(),
                < 15 => Unicode[rng.Next(Unicode.Length)],
                15 => Controls[rng.Next(Controls.Length)],
                _ => Fragments[rng.Next(Fragments.Length)],
            });
        }
        return sb.ToString();
    }

    /// <summary>Words of letters, safe punctuation and Unicode, joined by single spaces or runs of line feeds.</summary>
    public static string Words(Random rng)
    {
        var sb = new StringBuilder();
        var words = rng.Next(1, 9);
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sb.Append(rng.Next(5) == 0 ? new string('\n', rng.Next(1, 4)) : rng.Next(8) == 0 ? "\t" : " ");
            var length = rng.Next(1, 7);
            for (var k = 0; k < length; k++)
            {
                sb.Append(rng.Next(10) switch
                {
                    < 6 => Letters[rng.Next(Letters.Length)].ToString(),
                    < 8 => Unicode[rng.Next(Unicode.Length)],
                    8 => k == 0 ? "x" : SafePunctuation[rng.Next(SafePunctuation.Length)].ToString(),
                    _ => k == 0 ? "y" : rng.Next(2) == 0 ? ":z" : "#",
                });
            }
        }
        return sb.ToString();
    }

    /// <summary>Multi-line text: lines that may start with blanks, empty lines, leading and trailing line feeds.</summary>
    public static string Lines(Random rng)
    {
        var sb = new StringBuilder();
        sb.Append('\n', rng.Next(4) == 0 ? rng.Next(1, 3) : 0);
        var lines = rng.Next(0, 6);
        for (var i = 0; i < lines; i++)
        {
            if (i > 0) sb.Append('\n', rng.Next(1, 4));
            if (rng.Next(4) == 0) sb.Append(rng.Next(3) == 0 ? "\t" : new string(' ', rng.Next(1, 4)));
            sb.Append(Words(rng).Replace('\n', ' '));
            if (rng.Next(6) == 0) sb.Append(' ');
        }
        sb.Append('\n', rng.Next(4));
        return sb.ToString();
    }
}
