namespace Policy.Runtime.Text;

internal sealed partial class Re2Parser
{
    /// <summary>
    /// An escape outside a class: an anchor, <c>\Q...\E</c>, a Perl or Unicode class, or an
    /// escaped character. Adds zero or more nodes to <paramref name="items"/>.
    /// </summary>
    private bool ParseEscapeAtom(List<Re2Node> items)
    {
        var start = _pos;
        if (_pos + 1 >= _pattern.Length) return Fail("trailing backslash at end of expression", start) is not null;
        var c = _pattern[_pos + 1];
        Re2NodeKind? anchor = c switch
        {
            'A' => Re2NodeKind.BeginText,
            'z' => Re2NodeKind.EndText,
            'b' => Re2NodeKind.WordBoundary,
            'B' => Re2NodeKind.NotWordBoundary,
            _ => null,
        };
        if (anchor is { } kind)
        {
            _pos += 2;
            items.Add(Re2Node.Of(kind));
            return true;
        }
        switch (c)
        {
            case 'Q':
                return ParseQuoted(items);
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                items.Add(Re2Node.CharSet(PerlClass()));
                return true;
            case 'p' or 'P':
                var set = UnicodeClassEscape();
                if (set is null) return false;
                items.Add(Re2Node.CharSet(set));
                return true;
        }
        var cp = ParseEscapeChar();
        if (cp < 0) return false;
        items.Add(Literal(cp));
        return true;
    }

    /// <summary><c>\Q...\E</c>: everything up to <c>\E</c> (or the end) is literal text.</summary>
    private bool ParseQuoted(List<Re2Node> items)
    {
        _pos += 2;
        var end = _pattern.IndexOf("\\E", _pos, StringComparison.Ordinal);
        var stop = end < 0 ? _pattern.Length : end;
        while (_pos < stop)
        {
            var cp = ReadCodePoint();
            if (cp < 0) return false;
            items.Add(Literal(cp));
        }
        _pos = end < 0 ? _pattern.Length : end + 2;
        return true;
    }

    /// <summary>
    /// One escaped character (also used inside classes): C escapes, octal, hex and escaped
    /// ASCII punctuation. Returns -1 after recording an error.
    /// </summary>
    private int ParseEscapeChar()
    {
        var start = _pos;
        if (_pos + 1 >= _pattern.Length)
        {
            Fail("trailing backslash at end of expression", start);
            return -1;
        }
        var c = _pattern[_pos + 1];
        _pos += 2;
        switch (c)
        {
            case >= '1' and <= '7' when char.IsBetween(Peek(), '0', '7'):
            case '0':
                // Up to three octal digits in all; \0 alone is NUL.
                var value = c - '0';
                for (var n = 1; n < 3 && char.IsBetween(Peek(), '0', '7') && !AtEnd; n++) value = value * 8 + (_pattern[_pos++] - '0');
                return value;
            case >= '1' and <= '9':
                return EscapeError($"backreferences are not supported: `\\{c}`", start);
            case 'x':
                return HexEscape(start);
            case 'a': return 7;
            case 'f': return '\f';
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'v': return '\v';
            case 'k': return EscapeError("named backreferences `\\k` are not supported", start);
            case 'g': return EscapeError("backreferences and subroutine calls `\\g` are not supported", start);
            case 'G': return EscapeError("`\\G` (end of previous match) is not supported", start);
            case 'Z': return EscapeError("`\\Z` is not supported; use `\\z` for the end of text", start);
            case 'C': return EscapeError("`\\C` (any single byte) is not supported", start);
            case 'c': return EscapeError("control escapes `\\cX` are not supported; use an octal or hex escape", start);
            case 'e': return EscapeError("`\\e` is not supported; use `\\x1B`", start);
        }
        if (c < 0x80 && !char.IsAsciiLetterOrDigit(c)) return c;
        _pos = start + 1;
        var bad = AtEnd ? 0 : ReadCodePoint();
        return EscapeError($"invalid escape sequence `\\{(bad > 0 ? char.ConvertFromUtf32(bad) : c.ToString())}`", start);
    }

    private int EscapeError(string message, int offset)
    {
        Fail(message, offset);
        return -1;
    }

    /// <summary><c>\xHH</c> (exactly two digits) or <c>\x{H...}</c> up to U+10FFFF.</summary>
    private int HexEscape(int start)
    {
        if (Peek() == '{' && !AtEnd)
        {
            var close = _pattern.IndexOf('}', _pos);
            if (close > _pos + 1 && int.TryParse(_pattern.AsSpan(_pos + 1, close - _pos - 1),
                    System.Globalization.NumberStyles.AllowHexSpecifier, null, out var v) && v <= CodePointSet.MaxCodePoint
                && _pattern.AsSpan(_pos + 1, close - _pos - 1).IndexOfAnyExcept("0123456789abcdefABCDEF") < 0)
            {
                _pos = close + 1;
                return v;
            }
            return EscapeError($"invalid escape sequence `{_pattern[start..(close < 0 ? _pattern.Length : close + 1)]}`", start);
        }
        if (_pos + 2 <= _pattern.Length && char.IsAsciiHexDigit(_pattern[_pos]) && char.IsAsciiHexDigit(_pattern[_pos + 1]))
        {
            _pos += 2;
            return Convert.ToInt32(_pattern.Substring(_pos - 2, 2), 16);
        }
        return EscapeError($"invalid escape sequence `{_pattern[start..Math.Min(_pattern.Length, start + 4)]}`", start);
    }

    /// <summary><c>\d \D \s \S \w \W</c> with RE2's ASCII meanings.</summary>
    private CodePointSet PerlClass()
    {
        var c = _pattern[_pos + 1];
        _pos += 2;
        var set = char.ToLowerInvariant(c) switch
        {
            'd' => CodePointSet.Of('0', '9'),
            's' => CodePointSet.Of('\t', '\n').Add('\f', '\r').Add(' ', ' '),
            _ => CodePointSet.Of('0', '9').Add('A', 'Z').Add('a', 'z').Add('_', '_'),
        };
        return Finish(set, negate: char.IsAsciiLetterUpper(c));
    }

    /// <summary><c>\pL</c>, <c>\p{Greek}</c>, <c>\PL</c>, <c>\p{^Greek}</c>, <c>\P{^Greek}</c>.</summary>
    private CodePointSet? UnicodeClassEscape()
    {
        var start = _pos;
        var negate = _pattern[_pos + 1] == 'P';
        _pos += 2;
        if (AtEnd)
        {
            Fail($"missing Unicode class name after `{_pattern[start..]}`", start);
            return null;
        }
        string name;
        if (Peek() == '{')
        {
            var close = _pattern.IndexOf('}', _pos);
            if (close < 0)
            {
                Fail($"missing }} in Unicode class `{_pattern[start..]}`", start);
                return null;
            }
            name = _pattern[(_pos + 1)..close];
            _pos = close + 1;
        }
        else
        {
            var cp = ReadCodePoint();
            if (cp < 0) return null;
            name = char.ConvertFromUtf32(cp);
        }
        if (name.StartsWith('^'))
        {
            negate = !negate;
            name = name[1..];
        }
        var ranges = UnicodeTables.UnicodeClass(name);
        if (ranges is null)
        {
            Fail($"unknown Unicode class `{_pattern[start.._pos]}`", start);
            return null;
        }
        return Finish(CodePointSet.Of(ranges), negate);
    }

    /// <summary>Applies (?i) and then negation, in RE2's order.</summary>
    private CodePointSet Finish(CodePointSet set, bool negate)
    {
        if (Has(Re2Flags.IgnoreCase)) set.AddCaseFolds();
        return negate ? set.Negate() : set;
    }

    /// <summary>A literal code point; under (?i) its whole case orbit.</summary>
    private Re2Node Literal(int cp)
    {
        var set = CodePointSet.Of(cp, cp);
        if (Has(Re2Flags.IgnoreCase))
            foreach (var other in UnicodeTables.CaseOrbit(cp)) set.Add(other, other);
        return Re2Node.CharSet(set);
    }

    /// <summary>Reads one code point of the pattern text; an unpaired surrogate is an error (-1).</summary>
    private int ReadCodePoint()
    {
        var c = _pattern[_pos];
        if (!char.IsSurrogate(c))
        {
            _pos++;
            return c;
        }
        if (char.IsHighSurrogate(c) && _pos + 1 < _pattern.Length && char.IsLowSurrogate(_pattern[_pos + 1]))
        {
            _pos += 2;
            return char.ConvertToUtf32(c, _pattern[_pos - 1]);
        }
        Fail("invalid UTF-16 in pattern: unpaired surrogate", _pos);
        return -1;
    }
}
