namespace Inkstone.Highlighting.Lexers;

/// <summary>
/// Terminal output with its ANSI escape sequences (<c>ESC[31m</c>): the sequences are hidden and the text they colour
/// takes the nearest colour of the theme's palette, so red errors, green passes and yellow warnings read as the
/// terminal showed them, in light and in dark. Bold without a colour is strong, dim is a comment's grey, italic is
/// emphasis; 256-colour and true-colour codes take the nearest of the eight hues.
/// </summary>
internal sealed class AnsiLexer : Lexer
{
    private const char Escape = '\u001b';

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var style = default(Style);
        var pos = start;
        while (pos < end)
        {
            var next = code[pos..end].IndexOf(Escape);
            var textEnd = next < 0 ? end : pos + next;
            writer.Emit(style.Kind, pos, textEnd);
            if (textEnd >= end)
            {
                return;
            }

            var sequenceEnd = SequenceEnd(code, textEnd, end, out var isColour);
            if (isColour)
            {
                style = style.Apply(code[(textEnd + 2)..(sequenceEnd - 1)]);
            }

            writer.Emit(TokenKind.Hidden, textEnd, sequenceEnd);
            pos = sequenceEnd;
        }
    }

    /// <summary>
    /// The end of the escape sequence at <paramref name="pos"/>: a CSI (<c>ESC [ params final</c>; a colour when the
    /// final byte is <c>m</c>), an OSC such as a hyperlink (up to BEL or <c>ESC \</c>), or an escape and one character.
    /// </summary>
    private static int SequenceEnd(ReadOnlySpan<char> code, int pos, int end, out bool isColour)
    {
        isColour = false;
        var kind = pos + 1 < end ? code[pos + 1] : '\0';
        if (kind == '[')
        {
            var i = pos + 2;
            while (i < end && code[i] is >= '\u0030' and <= '\u003f')
            {
                i++;
            }

            while (i < end && code[i] is >= '\u0020' and <= '\u002f')
            {
                i++;
            }

            if (i < end && code[i] is >= '\u0040' and <= '\u007e')
            {
                isColour = code[i] == 'm';
                return i + 1;
            }

            return i;
        }

        if (kind == ']')
        {
            var i = pos + 2;
            while (i < end && code[i] != '\u0007' && !(code[i] == Escape && i + 1 < end && code[i + 1] == '\\') && !Scan.IsLineBreak(code[i]))
            {
                i++;
            }

            return i >= end || Scan.IsLineBreak(code[i]) ? i : code[i] == '\u0007' ? i + 1 : i + 2;
        }

        return kind == '\0' || Scan.IsLineBreak(kind) ? pos + 1 : pos + 2;
    }

    /// <summary>What the terminal's current attributes show as.</summary>
    private readonly record struct Style(TokenKind Colour, bool Bold, bool Dim, bool Italic)
    {
        public TokenKind Kind => Colour != TokenKind.Text ? Colour
            : Bold ? TokenKind.Strong
            : Dim ? TokenKind.Comment
            : Italic ? TokenKind.Emphasis
            : TokenKind.Text;

        /// <summary>The style after an SGR sequence's parameters (<c>1;31</c>, <c>38;5;208</c>, empty for a reset).</summary>
        public Style Apply(ReadOnlySpan<char> parameters)
        {
            var style = this;
            if (parameters.IsEmpty)
            {
                return default;
            }

            Span<int> codes = stackalloc int[16];
            var count = 0;
            foreach (var range in parameters.Split(';'))
            {
                if (count == codes.Length)
                {
                    break;
                }

                codes[count++] = int.TryParse(parameters[range], out var value) ? value : 0;
            }

            for (var i = 0; i < count; i++)
            {
                var sgr = codes[i];
                switch (sgr)
                {
                    case 0:
                        style = default;
                        break;
                    case 1:
                        style = style with { Bold = true };
                        break;
                    case 2:
                        style = style with { Dim = true };
                        break;
                    case 3:
                        style = style with { Italic = true };
                        break;
                    case 22:
                        style = style with { Bold = false, Dim = false };
                        break;
                    case 23:
                        style = style with { Italic = false };
                        break;
                    case 39:
                        style = style with { Colour = TokenKind.Text };
                        break;
                    case >= 30 and <= 37:
                        style = style with { Colour = Hue(sgr - 30) };
                        break;
                    case >= 90 and <= 97:
                        style = style with { Colour = Hue(sgr - 90) };
                        break;
                    case 38 when i + 2 < count && codes[i + 1] == 5:
                        style = style with { Colour = Indexed(codes[i + 2]) };
                        i += 2;
                        break;
                    case 38 when i + 4 < count && codes[i + 1] == 2:
                        style = style with { Colour = Nearest(codes[i + 2], codes[i + 3], codes[i + 4]) };
                        i += 4;
                        break;
                    case 48 when i + 2 < count && codes[i + 1] == 5:
                        i += 2;
                        break;
                    case 48 when i + 4 < count && codes[i + 1] == 2:
                        i += 4;
                        break;
                }
            }

            return style;
        }

        /// <summary>The palette's class for one of the eight terminal hues: black, red, green, yellow, blue, magenta, cyan, white.</summary>
        private static TokenKind Hue(int index) => index switch
        {
            0 => TokenKind.Comment,
            1 => TokenKind.Keyword,
            2 => TokenKind.String,
            3 => TokenKind.Builtin,
            4 => TokenKind.Constant,
            5 => TokenKind.KeywordType,
            6 => TokenKind.Number,
            _ => TokenKind.Text,
        };

        /// <summary>A 256-colour index: the sixteen system colours, else the nearest hue of the 6×6×6 cube or grey ramp.</summary>
        private static TokenKind Indexed(int index)
        {
            if (index is >= 0 and < 16)
            {
                return Hue(index % 8);
            }

            if (index is >= 16 and < 232)
            {
                // xterm's cube levels: 0, 95, 135, 175, 215, 255.
                var cube = index - 16;
                static int Level(int step) => step == 0 ? 0 : 55 + (40 * step);
                return Nearest(Level(cube / 36), Level(cube / 6 % 6), Level(cube % 6));
            }

            return TokenKind.Text;
        }

        /// <summary>The hue nearest a true colour: grey when it has little saturation, else by its hue's sixth of the circle.</summary>
        private static TokenKind Nearest(int r, int g, int b)
        {
            var max = System.Math.Max(r, System.Math.Max(g, b));
            var min = System.Math.Min(r, System.Math.Min(g, b));
            if (max - min < 48)
            {
                return max < 96 ? TokenKind.Comment : TokenKind.Text;
            }

            double delta = max - min;
            var hue = max == r ? 60 * (((g - b) / delta) % 6) : max == g ? 60 * (((b - r) / delta) + 2) : 60 * (((r - g) / delta) + 4);
            hue = (hue + 360) % 360;

            // Red, yellow, green, cyan, blue, magenta, each centred on its hue: the terminal's own order.
            ReadOnlySpan<int> hues = [1, 3, 2, 6, 4, 5];
            return Hue(hues[(int)((hue + 30) % 360 / 60)]);
        }
    }
}
