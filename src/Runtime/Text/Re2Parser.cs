namespace Policy.Runtime.Text;

/// <summary>
/// Parses RE2 syntax (github.com/google/re2/wiki/Syntax, Perl-style as used by CEL) into
/// <see cref="Re2Node"/>s, rejecting what RE2 rejects. Errors are returned, never thrown: the
/// pattern is user input on the evaluation path. This file holds alternation, concatenation,
/// repetition and groups; escapes and classes live in the other partials.
/// </summary>
internal sealed partial class Re2Parser
{
    /// <summary>RE2's cap on a counted repetition <c>x{n,m}</c>, and on nested ones multiplied.</summary>
    public const int MaxRepeat = 1000;

    /// <summary>How deeply groups may nest; keeps every recursive pass well inside the stack.</summary>
    public const int MaxDepth = 1000;

    private readonly string _pattern;
    private readonly List<string?> _groupNames = [null];
    private int _pos;
    private int _depth;
    private Re2Flags _flags;
    private string? _error;

    private Re2Parser(string pattern) => _pattern = pattern;

    /// <summary>
    /// Parses <paramref name="pattern"/>. On success <paramref name="groupNames"/> has one entry per
    /// capturing group in RE2 numbering (index 0, the whole match, is null; unnamed groups are null).
    /// </summary>
    public static bool TryParse(string pattern, out Re2Node? root, out IReadOnlyList<string?> groupNames, out string? error)
    {
        var parser = new Re2Parser(pattern);
        root = parser.ParseAlternation();
        if (root is not null && parser._pos < pattern.Length)
            root = parser.Fail("unexpected ) with no group open", parser._pos);
        if (root is not null) parser.CheckNestedRepeats(root, MaxRepeat);
        error = parser._error;
        groupNames = parser._groupNames;
        if (error is not null) root = null;
        return error is null;
    }

    private bool AtEnd => _pos >= _pattern.Length;

    private char Peek(int ahead = 0) => _pos + ahead < _pattern.Length ? _pattern[_pos + ahead] : '\0';

    private Re2Node? Fail(string message, int offset)
    {
        _error ??= $"{message} (at offset {offset})";
        return null;
    }

    private Re2Node? ParseAlternation()
    {
        var branches = new List<Re2Node>();
        while (true)
        {
            var branch = ParseConcat();
            if (branch is null) return null;
            branches.Add(branch);
            if (Peek() != '|' || AtEnd) break;
            _pos++;
        }
        return branches.Count == 1 ? branches[0] : Re2Node.Composite(Re2NodeKind.Alternate, branches);
    }

    private Re2Node? ParseConcat()
    {
        var items = new List<Re2Node>();
        // Offset of the repetition operator that produced the last item, or -1: RE2 rejects a
        // repetition operator applied directly to another (a**, and the possessive a*+).
        var lastRepeat = -1;
        while (!AtEnd)
        {
            var start = _pos;
            var c = _pattern[_pos];
            if (c is '|' or ')') break;
            switch (c)
            {
                case '*' or '+' or '?':
                    _pos++;
                    var (min, max) = c switch { '*' => (0, -1), '+' => (1, -1), _ => (0, 1) };
                    if (!ApplyRepeat(items, start, min, max, counted: false, ref lastRepeat)) return null;
                    continue;
                case '{':
                    if (TryParseBraces(out var lo, out var hi))
                    {
                        if (!ApplyRepeat(items, start, lo, hi, counted: true, ref lastRepeat)) return null;
                        continue;
                    }
                    if (_error is not null) return null;
                    _pos++;
                    items.Add(Literal('{'));
                    break;
                case '(':
                    var group = ParseGroup();
                    if (_error is not null) return null;
                    // A flags-only group such as (?i) yields no node.
                    if (group is not null) items.Add(group);
                    break;
                case '[':
                    var cls = ParseClass();
                    if (cls is null) return null;
                    items.Add(cls);
                    break;
                case '\\':
                    if (!ParseEscapeAtom(items)) return null;
                    break;
                case '.':
                    _pos++;
                    items.Add(Re2Node.CharSet(Has(Re2Flags.DotAll)
                        ? CodePointSet.Of(0, CodePointSet.MaxCodePoint)
                        : CodePointSet.Of(0, '\n' - 1).Add('\n' + 1, CodePointSet.MaxCodePoint)));
                    break;
                case '^':
                    _pos++;
                    items.Add(Re2Node.Of(Has(Re2Flags.MultiLine) ? Re2NodeKind.BeginLine : Re2NodeKind.BeginText));
                    break;
                case '$':
                    _pos++;
                    items.Add(Re2Node.Of(Has(Re2Flags.MultiLine) ? Re2NodeKind.EndLine : Re2NodeKind.EndText));
                    break;
                default:
                    var cp = ReadCodePoint();
                    if (cp < 0) return null;
                    items.Add(Literal(cp));
                    break;
            }
            lastRepeat = -1;
        }
        return items.Count switch
        {
            0 => Re2Node.Of(Re2NodeKind.Empty),
            1 => items[0],
            _ => Re2Node.Composite(Re2NodeKind.Concat, items),
        };
    }

    private bool Has(Re2Flags flag) => (_flags & flag) != 0;

    private bool ApplyRepeat(List<Re2Node> items, int start, int min, int max, bool counted, ref int lastRepeat)
    {
        var lazy = Peek() == '?' && !AtEnd;
        if (lazy) _pos++;
        if (items.Count == 0)
            return Fail($"missing argument to repetition operator `{_pattern[start.._pos]}`", start) is not null;
        if (lastRepeat >= 0)
        {
            var text = _pattern[lastRepeat.._pos];
            var previous = _pattern[lastRepeat..start];
            var possessive = _pattern[start] == '+' && !(previous.Length > 1 && previous[^1] == '?');
            return Fail(possessive
                ? $"possessive quantifiers are not supported: `{text}`"
                : $"invalid nested repetition operator `{text}`", lastRepeat) is not null;
        }
        var greedy = !lazy ^ Has(Re2Flags.Ungreedy);
        items[^1] = Re2Node.Repeat(items[^1], min, max, greedy, counted);
        lastRepeat = start;
        return true;
    }

    /// <summary>
    /// Reads <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at the current position. False, with no error,
    /// when the text is not of that form (RE2 then takes the brace literally); false with an
    /// error when the form is right but a count is out of range.
    /// </summary>
    private bool TryParseBraces(out int min, out int max)
    {
        min = max = 0;
        var start = _pos;
        var i = _pos + 1;
        if (!TryDigits(ref i, out min)) return false;
        max = min;
        if (i < _pattern.Length && _pattern[i] == ',')
        {
            i++;
            if (i < _pattern.Length && _pattern[i] == '}') max = -1;
            else if (!TryDigits(ref i, out max)) return false;
        }
        if (i >= _pattern.Length || _pattern[i] != '}') return false;
        _pos = i + 1;
        if (min > MaxRepeat || max > MaxRepeat || (max >= 0 && min > max))
        {
            Fail($"invalid repeat count `{_pattern[start.._pos]}` (counts must be at most {MaxRepeat}, minimum not above maximum)", start);
            return false;
        }
        return true;
    }

    private bool TryDigits(ref int i, out int value)
    {
        value = 0;
        var begin = i;
        // Clamped so that huge counts read as "too large" rather than overflowing.
        for (; i < _pattern.Length && char.IsAsciiDigit(_pattern[i]); i++)
            value = Math.Min(value * 10 + (_pattern[i] - '0'), MaxRepeat + 1);
        return i > begin;
    }

    private Re2Node? ParseGroup()
    {
        var open = _pos;
        string? name = null;
        var capture = true;
        var saved = _flags;
        if (Peek(1) == '?')
        {
            if (!ParseGroupPrefix(open, ref name, out capture, out var flagsOnly)) return null;
            if (flagsOnly) return null;
        }
        else
        {
            _pos++;
        }
        if (++_depth > MaxDepth) return Fail($"groups nest more than {MaxDepth} deep", open);
        int index = -1;
        if (capture)
        {
            index = _groupNames.Count;
            _groupNames.Add(name);
        }
        var body = ParseAlternation();
        if (body is null) return null;
        if (AtEnd) return Fail("missing closing ) for the group opened", open);
        _pos++;
        _depth--;
        _flags = saved;
        return capture ? Re2Node.Capture(body) : body;
    }

    /// <summary>
    /// Handles what follows <c>(?</c>: a named group, <c>(?:</c>, flags, or one of the Perl
    /// constructs RE2 rejects (each named in its error).
    /// </summary>
    private bool ParseGroupPrefix(int open, ref string? name, out bool capture, out bool flagsOnly)
    {
        capture = false;
        flagsOnly = false;
        var c = Peek(2);
        var rest = _pattern[open..Math.Min(_pattern.Length, open + 4)];
        string? unsupported = c switch
        {
            '=' => "lookahead assertions `(?=` are not supported",
            '!' => "negative lookahead assertions `(?!` are not supported",
            '>' => "atomic groups `(?>` are not supported",
            '(' => "conditional groups `(?(` are not supported",
            '#' => "comments `(?#` are not supported",
            '|' => "branch reset groups `(?|` are not supported",
            '\'' => "named groups in the form `(?'name'` are not supported; use `(?P<name>`",
            'R' or '&' or '+' => $"recursion `{rest}` is not supported",
            >= '0' and <= '9' => $"recursion `{rest}` is not supported",
            '<' when Peek(3) == '=' => "lookbehind assertions `(?<=` are not supported",
            '<' when Peek(3) == '!' => "negative lookbehind assertions `(?<!` are not supported",
            'P' when Peek(3) == '=' => "named backreferences `(?P=name)` are not supported",
            'P' when Peek(3) == '>' => "recursion `(?P>name)` is not supported",
            'P' when Peek(3) != '<' => $"invalid or unsupported Perl syntax `{rest}`",
            _ => null,
        };
        if (unsupported is not null) return Fail(unsupported, open) is not null;
        if (c is '<' or 'P')
        {
            capture = true;
            return ParseGroupName(open, c == 'P' ? open + 4 : open + 3, out name);
        }
        if (c == ':')
        {
            _pos = open + 3;
            return true;
        }
        return ParseFlags(open, out flagsOnly);
    }

    private bool ParseGroupName(int open, int nameStart, out string? name)
    {
        name = null;
        var end = _pattern.IndexOf('>', nameStart);
        if (end < 0) return Fail($"invalid named capture `{_pattern[open..]}`: missing >", open) is not null;
        var candidate = _pattern[nameStart..end];
        if (candidate.Length == 0 || !candidate.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
            return Fail($"invalid named capture `{_pattern[open..(end + 1)]}`: names are ASCII letters, digits and _", open) is not null;
        if (_groupNames.Contains(candidate))
            return Fail($"duplicate capture group name `{candidate}`", open) is not null;
        name = candidate;
        _pos = end + 1;
        return true;
    }

    private bool ParseFlags(int open, out bool flagsOnly)
    {
        flagsOnly = false;
        var flags = _flags;
        var negated = false;
        var sawFlag = false;
        for (var i = open + 2; i < _pattern.Length; i++)
        {
            var c = _pattern[i];
            Re2Flags flag;
            switch (c)
            {
                case 'i': flag = Re2Flags.IgnoreCase; break;
                case 'm': flag = Re2Flags.MultiLine; break;
                case 's': flag = Re2Flags.DotAll; break;
                case 'U': flag = Re2Flags.Ungreedy; break;
                case '-' when !negated:
                    negated = true;
                    sawFlag = false;
                    continue;
                case ':' or ')' when sawFlag:
                    _flags = flags;
                    _pos = i + 1;
                    flagsOnly = c == ')';
                    return true;
                default:
                    return Fail($"invalid or unsupported flags group `{_pattern[open..(i + 1)]}` (RE2 flags are i, m, s, U)", open) is not null;
            }
            flags = negated ? flags & ~flag : flags | flag;
            sawFlag = true;
        }
        return Fail($"missing closing ) for the flags group `{_pattern[open..]}`", open) is not null;
    }

    /// <summary>
    /// RE2 rejects nested counted repetitions whose counts multiply to more than 1000, e.g.
    /// <c>(a{100}){100}</c>; this also bounds the size of the translated pattern.
    /// </summary>
    private void CheckNestedRepeats(Re2Node node, int budget)
    {
        if (_error is not null) return;
        if (node.Kind == Re2NodeKind.Repeat && node.Counted)
        {
            var m = node.Max >= 0 ? node.Max : node.Min;
            if (m > 0) budget /= m;
            if (budget == 0)
            {
                Fail($"nested counted repetitions multiply to more than {MaxRepeat}", 0);
                return;
            }
        }
        foreach (var child in node.Children) CheckNestedRepeats(child, budget);
    }
}
