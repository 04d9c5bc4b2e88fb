namespace Inkstone.Highlighting;

/// <summary>Character-level scanning shared by the lexers. Every method is bounded by <c>end</c> and never moves backwards.</summary>
internal static class Scan
{
    public static bool IsIdentStart(char c) =>
        char.IsAsciiLetter(c) || c == '_' || (c > 0x7F && char.IsLetter(c));

    public static bool IsIdentPart(char c) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 0x7F && char.IsLetterOrDigit(c));

    public static bool IsSpace(char c) => c == ' ' || c == '\t';

    public static bool IsLineBreak(char c) => c == '\n' || c == '\r';

    public static int IdentifierEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        while (pos < end && IsIdentPart(code[pos]))
        {
            pos++;
        }

        return pos;
    }

    public static int SpacesEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        while (pos < end && IsSpace(code[pos]))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>The index of the line break that ends the line containing <paramref name="pos"/>, or <paramref name="end"/>.</summary>
    public static int LineEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        var i = code[pos..end].IndexOfAny('\r', '\n');
        return i < 0 ? end : pos + i;
    }

    /// <summary>
    /// Like <see cref="LineEnd"/>, but looks at most <see cref="NearLimit"/> characters ahead. For searches that run once
    /// per token (a closing bracket, an attribute's end), so a very long line cannot make lexing quadratic.
    /// </summary>
    public static int NearLineEnd(ReadOnlySpan<char> code, int pos, int end) => LineEnd(code, pos, System.Math.Min(end, pos + NearLimit));

    /// <summary>How far a per-token search may look ahead; no real attribute, hole or quoted name is longer.</summary>
    public const int NearLimit = 4096;

    /// <summary>The start of the line after the line break at <paramref name="pos"/> (CRLF counts as one break).</summary>
    public static int AfterLineBreak(ReadOnlySpan<char> code, int pos, int end)
    {
        if (pos < end && code[pos] == '\r' && pos + 1 < end && code[pos + 1] == '\n')
        {
            return pos + 2;
        }

        return System.Math.Min(pos + 1, end);
    }

    /// <summary>Whether only spaces and tabs stand between the start of the line (or <paramref name="start"/>) and <paramref name="pos"/>.</summary>
    public static bool IsFirstOnLine(ReadOnlySpan<char> code, int start, int pos)
    {
        for (var i = pos - 1; i >= start; i--)
        {
            var c = code[i];
            if (IsLineBreak(c))
            {
                return true;
            }

            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Scans one number starting at <paramref name="pos"/> (a digit, or a dot followed by a digit): radix prefixes,
    /// digit separators, a fraction, an exponent with sign and any letter suffix (<c>f</c>, <c>UL</c>, <c>n</c>, <c>i32</c>),
    /// so that <c>1.5e+3L</c> is one token.
    /// </summary>
    public static int NumberEnd(ReadOnlySpan<char> code, int pos, int end, bool quoteSeparators = false)
    {
        if (pos + 1 < end && code[pos] == '0' && (code[pos + 1] | 0x20) is 'x' or 'b' or 'o')
        {
            var hex = (code[pos + 1] | 0x20) == 'x';
            pos += 2;
            while (pos < end && (char.IsAsciiHexDigit(code[pos]) || code[pos] == '_' || (quoteSeparators && code[pos] == '\'' && pos + 1 < end && char.IsAsciiHexDigit(code[pos + 1]))))
            {
                pos++;
            }

            if (hex && pos < end && code[pos] == '.')
            {
                pos++;
                while (pos < end && char.IsAsciiHexDigit(code[pos]))
                {
                    pos++;
                }
            }

            if (hex && pos < end && (code[pos] | 0x20) == 'p')
            {
                pos = ExponentEnd(code, pos, end);
            }

            return IdentifierEnd(code, pos, end);
        }

        pos = DigitsEnd(code, pos, end, quoteSeparators);
        if (pos + 1 < end && code[pos] == '.' && char.IsAsciiDigit(code[pos + 1]))
        {
            pos = DigitsEnd(code, pos + 1, end, quoteSeparators);
        }
        else if (pos < end && code[pos] == '.' && (pos + 1 >= end || !(code[pos + 1] == '.' || IsIdentStart(code[pos + 1]))))
        {
            pos++;
        }

        if (pos < end && (code[pos] | 0x20) == 'e')
        {
            pos = ExponentEnd(code, pos, end);
        }

        return IdentifierEnd(code, pos, end);
    }

    private static int DigitsEnd(ReadOnlySpan<char> code, int pos, int end, bool quoteSeparators)
    {
        while (pos < end)
        {
            var c = code[pos];
            if (char.IsAsciiDigit(c) || (c == '_' && pos + 1 < end && char.IsAsciiDigit(code[pos + 1])))
            {
                pos++;
            }
            else if (quoteSeparators && c == '\'' && pos + 1 < end && char.IsAsciiDigit(code[pos + 1]))
            {
                pos++;
            }
            else
            {
                break;
            }
        }

        return pos;
    }

    private static int ExponentEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        var next = pos + 1;
        if (next < end && code[next] is '+' or '-')
        {
            next++;
        }

        if (next < end && char.IsAsciiDigit(code[next]))
        {
            return DigitsEnd(code, next, end, false);
        }

        return pos;
    }

    /// <summary>The end of a backslash escape at <paramref name="pos"/>: <c>\n</c>, <c>\x41</c>, <c>\u00e9</c>, <c>\u{1F600}</c>, <c>\012</c>.</summary>
    public static int EscapeEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        var next = pos + 1;
        if (next >= end || IsLineBreak(code[next]))
        {
            return next;
        }

        var c = code[next];
        next++;
        switch (c)
        {
            case 'x':
                return HexEnd(code, next, end, 2);
            case 'u' when next < end && code[next] == '{':
                var close = code[next..end].IndexOf('}');
                return close is > 0 and < 10 ? next + close + 1 : next;
            case 'u':
                return HexEnd(code, next, end, 4);
            case 'U':
                return HexEnd(code, next, end, 8);
            case >= '0' and <= '7':
                var limit = System.Math.Min(end, next + 2);
                while (next < limit && code[next] is >= '0' and <= '7')
                {
                    next++;
                }

                return next;
            default:
                return next;
        }
    }

    private static int HexEnd(ReadOnlySpan<char> code, int pos, int end, int max)
    {
        var limit = System.Math.Min(end, pos + max);
        while (pos < limit && char.IsAsciiHexDigit(code[pos]))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>
    /// Finds the bracket closing the one at <paramref name="pos"/>, skipping nested pairs and quoted strings;
    /// returns -1 when it is not closed before <paramref name="end"/>.
    /// </summary>
    public static int ClosingBracket(ReadOnlySpan<char> code, int pos, int end, char open, char close, ref TokenWriter writer)
    {
        // A substitution or hole longer than this is not real code; giving up keeps unclosed brackets linear.
        end = System.Math.Min(end, pos + (16 * NearLimit));

        // Each search may look far ahead, and 160,000 unclosed "$(" would look 160,000 times: past the block's budget,
        // brackets are taken as unclosed, so a block costs time in proportion to its length whatever it holds.
        if (writer.ScanBudget <= 0)
        {
            return -1;
        }

        var depth = 0;
        for (var i = pos; i < end; i++)
        {
            var c = code[i];
            if (c == open)
            {
                depth++;
            }
            else if (c == close)
            {
                depth--;
                if (depth == 0)
                {
                    writer.ScanBudget -= i - pos;
                    return i;
                }
            }
            else if (c is '"' or '\'' or '`')
            {
                var j = i + 1;
                while (j < end && code[j] != c && !IsLineBreak(code[j]))
                {
                    j += code[j] == '\\' ? 2 : 1;
                }

                if (j < end && code[j] == c)
                {
                    i = j;
                }
            }
        }

        writer.ScanBudget -= end - pos;
        return -1;
    }
}
