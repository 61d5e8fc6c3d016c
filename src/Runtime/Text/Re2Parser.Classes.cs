namespace Policy.Runtime.Text;

internal sealed partial class Re2Parser
{
    /// <summary>
    /// A bracketed class <c>[...]</c> or <c>[^...]</c>: single characters, ranges, escapes,
    /// Perl classes, Unicode classes and POSIX classes such as <c>[:alpha:]</c>. A <c>]</c>
    /// right after the opening bracket is literal, and so is <c>-</c> where it cannot form a range.
    /// </summary>
    private Re2Node? ParseClass()
    {
        var open = _pos;
        _pos++;
        var negate = Peek() == '^' && !AtEnd;
        if (negate) _pos++;
        var set = new CodePointSet();
        var first = true;
        while (true)
        {
            if (AtEnd) return Fail($"missing closing ] for the class `{_pattern[open..]}`", open);
            var c = _pattern[_pos];
            if (c == ']' && !first)
            {
                _pos++;
                break;
            }
            first = false;
            if (c == '[' && Peek(1) == ':')
            {
                var posix = PosixClass(out var found);
                if (_error is not null) return null;
                if (found)
                {
                    set.Add(posix!.Ranges);
                    continue;
                }
            }
            if (c == '\\' && Peek(1) is 'd' or 'D' or 's' or 'S' or 'w' or 'W')
            {
                set.Add(PerlClass().Ranges);
                continue;
            }
            if (c == '\\' && Peek(1) is 'p' or 'P')
            {
                var unicode = UnicodeClassEscape();
                if (unicode is null) return null;
                set.Add(unicode.Ranges);
                continue;
            }
            var rangeStart = _pos;
            var lo = ClassChar();
            if (lo < 0) return null;
            var hi = lo;
            if (Peek() == '-' && _pos + 1 < _pattern.Length && _pattern[_pos + 1] != ']')
            {
                _pos++;
                hi = ClassChar();
                if (hi < 0) return null;
                if (hi < lo) return Fail($"invalid character class range `{_pattern[rangeStart.._pos]}`", rangeStart);
            }
            set.Add(lo, hi);
        }
        return Re2Node.CharSet(Finish(set, negate));
    }

    private int ClassChar() => Peek() == '\\' ? ParseEscapeChar() : ReadCodePoint();

    /// <summary>
    /// <c>[:name:]</c> or <c>[:^name:]</c> at the current position. <paramref name="found"/> is
    /// false when there is no closing <c>:]</c> (the bracket is then an ordinary character).
    /// </summary>
    private CodePointSet? PosixClass(out bool found)
    {
        var start = _pos;
        var close = _pattern.IndexOf(":]", _pos + 2, StringComparison.Ordinal);
        found = close >= 0;
        if (!found) return null;
        var name = _pattern[(_pos + 2)..close];
        var negate = name.StartsWith('^');
        if (negate) name = name[1..];
        var set = name switch
        {
            "alnum" => CodePointSet.Of('0', '9').Add('A', 'Z').Add('a', 'z'),
            "alpha" => CodePointSet.Of('A', 'Z').Add('a', 'z'),
            "ascii" => CodePointSet.Of(0, 0x7F),
            "blank" => CodePointSet.Of('\t', '\t').Add(' ', ' '),
            "cntrl" => CodePointSet.Of(0, 0x1F).Add(0x7F, 0x7F),
            "digit" => CodePointSet.Of('0', '9'),
            "graph" => CodePointSet.Of('!', '~'),
            "lower" => CodePointSet.Of('a', 'z'),
            "print" => CodePointSet.Of(' ', '~'),
            "punct" => CodePointSet.Of('!', '/').Add(':', '@').Add('[', '`').Add('{', '~'),
            "space" => CodePointSet.Of('\t', '\r').Add(' ', ' '),
            "upper" => CodePointSet.Of('A', 'Z'),
            "word" => CodePointSet.Of('0', '9').Add('A', 'Z').Add('a', 'z').Add('_', '_'),
            "xdigit" => CodePointSet.Of('0', '9').Add('A', 'F').Add('a', 'f'),
            _ => null,
        };
        _pos = close + 2;
        if (set is null)
        {
            Fail($"unknown POSIX class `{_pattern[start.._pos]}`", start);
            return null;
        }
        return Finish(set, negate);
    }
}
