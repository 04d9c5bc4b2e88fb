using System.Globalization;
using System.Text;

namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    private static readonly string[] AsciiStrings = BuildAsciiStrings();

    private const string NoSpace = " lspace=\"0em\" rspace=\"0em\"";
    private const string Unstretched = " stretchy=\"false\"";

    /// <summary>TeX's ‖ (cmsy) is 0.5em wide, Latin Modern Math's 0.398em: the rest goes on each side.</summary>
    private const string DoubleBarSpace = " lspace=\"0.051em\" rspace=\"0.051em\"";

    private static string[] BuildAsciiStrings()
    {
        var strings = new string[128];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = ((char)i).ToString();
        }
        return strings;
    }

    /// <summary>Parses one atom without its scripts; null for commands that produce nothing (\label, \def).</summary>
    private MathNode? ParsePrimary(bool single)
    {
        var token = Peek();
        switch (token.Kind)
        {
            case TokenKind.ControlWord or TokenKind.ControlSymbol:
                _tokens.Next();
                return ParseCommand(token);
            case TokenKind.Char:
                if (token.IsChar('{'))
                {
                    return ParseGroup();
                }
                if (token.IsChar('^') || token.IsChar('_') || token.IsChar('\''))
                {
                    // A script with no base: attach it to an empty row.
                    return new MathNode("mrow", new List<MathNode>());
                }
                _tokens.Next();
                return ParseCharacter(token, single);
            default:
                throw new MathParseException("Unexpected end of the formula.", token.Offset, token.SpanLength);
        }
    }

    private MathNode ParseCharacter(Token token, bool single)
    {
        var code = token.Code;
        if (code < 128)
        {
            var c = (char)code;
            if (char.IsAsciiLetter(c))
            {
                return Letter(code);
            }
            if (char.IsAsciiDigit(c))
            {
                return single ? Digits(AsciiStrings[c]) : Number(token);
            }
            return c switch
            {
                '+' => new MathNode("mo", "+", AtomClass.Bin),
                '-' => new MathNode("mo", "−", AtomClass.Bin),
                '*' => new MathNode("mo", "∗", AtomClass.Bin),
                '=' or '<' or '>' or ':' => new MathNode("mo", AsciiStrings[c], AtomClass.Rel),
                '(' or '[' => new MathNode("mo", AsciiStrings[c], AtomClass.Open, Unstretched),
                ')' or ']' => new MathNode("mo", AsciiStrings[c], AtomClass.Close, Unstretched),
                ',' or ';' => new MathNode("mo", AsciiStrings[c], AtomClass.Punct),
                '!' or '?' => new MathNode("mo", AsciiStrings[c], AtomClass.Close),
                '|' => new MathNode("mo", "|", AtomClass.Ord, " stretchy=\"false\"" + NoSpace),
                '~' => Spacing.Space("0.3333em"),
                '#' => throw new MathParseException("# is only allowed in macro definitions.", token.Offset, token.SpanLength, "write \\# for the symbol"),
                '$' => throw new MathParseException("A dollar sign inside math; the formula's own delimiters must not be part of it.", token.Offset, token.SpanLength,
                    "remove the $, or write \\$ for the symbol"),
                '\\' => throw new MathParseException("Unexpected backslash.", token.Offset, token.SpanLength),
                _ => new MathNode("mo", AsciiStrings[c], AtomClass.Ord, NoSpace),
            };
        }
        var text = token.Text.ToString();
        if (UnicodeTable.Symbols.TryGetValue(code, out var command))
        {
            return command.Kind == CommandKind.BigOperator ? BigOperator(command) : SymbolNode(command);
        }
        if (code is >= 0x370 and < 0x400)
        {
            return Letter(code);
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(code);
        if (category is UnicodeCategory.MathSymbol)
        {
            return new MathNode("mo", text, AtomClass.Rel);
        }
        if (category is UnicodeCategory.OpenPunctuation)
        {
            return new MathNode("mo", text, AtomClass.Open, Unstretched);
        }
        if (category is UnicodeCategory.ClosePunctuation)
        {
            return new MathNode("mo", text, AtomClass.Close, Unstretched);
        }
        // CJK and other scripts in math mode read best as text; a run of them is one word.
        if (code >= 0x2E80 && char.IsLetter(text, 0) && !single)
        {
            return new MathNode("mtext", CjkRun(text));
        }
        return code >= 0x2E80 || !char.IsLetter(text, 0) ? new MathNode("mtext", text) : new MathNode("mi", text);
    }

    private string CjkRun(string first)
    {
        StringBuilder? builder = null;
        while (_tokens.PeekRaw() is { Kind: TokenKind.Char } next && next.Code >= 0x2E80 && char.IsLetter(next.Source, next.Start))
        {
            _tokens.NextRaw();
            (builder ??= new StringBuilder(first)).Append(next.Text);
        }
        return builder?.ToString() ?? first;
    }

    private MathNode Letter(int code)
    {
        switch (_font)
        {
            case MathFont.Default:
                if (code < 128)
                {
                    return new MathNode("mi", AsciiStrings[code]);
                }
                return new MathNode("mi", char.ConvertFromUtf32(code));
            case MathFont.Upright:
                return new MathNode("mi", code < 128 ? AsciiStrings[code] : char.ConvertFromUtf32(code), attributes: UprightAttribute) { Mergeable = true };
            case MathFont.TextItalic when code < 128:
                return new MathNode("mi", AsciiStrings[code], attributes: TextItalicAttribute) { Mergeable = true };
            default:
                var letter = new MathNode("mi", char.ConvertFromUtf32(Alphabets.Map(code, _font)));
                return code is >= 'A' and <= 'Z' ? LetterWidths.Boxed(letter, code, _font) : letter;
        }
    }

    private MathNode Digits(string digits)
    {
        if (_font is MathFont.Default or MathFont.Upright)
        {
            return new MathNode("mn", digits);
        }
        if (_font is MathFont.TextItalic)
        {
            return new MathNode("mn", digits, attributes: TextItalicAttribute);
        }
        var builder = new StringBuilder(digits.Length * 2);
        foreach (var c in digits)
        {
            builder.Append(char.ConvertFromUtf32(Alphabets.Map(c, _font)));
        }
        return new MathNode("mn", builder.ToString());
    }

    /// <summary>Reads a number such as 3.14 as one mn.</summary>
    private MathNode Number(Token first)
    {
        var next = _tokens.PeekRaw();
        if (!IsDigit(next) && !next.IsChar('.'))
        {
            return Digits(AsciiStrings[first.Code]);
        }
        var builder = new StringBuilder();
        builder.Append((char)first.Code);
        while (true)
        {
            next = _tokens.PeekRaw();
            if (IsDigit(next))
            {
                _tokens.NextRaw();
                builder.Append((char)next.Code);
                continue;
            }
            if (next.IsChar('.'))
            {
                _tokens.NextRaw();
                var after = _tokens.PeekRaw();
                if (IsDigit(after))
                {
                    builder.Append('.');
                    continue;
                }
                _tokens.PushBack(next);
            }
            break;
        }
        return Digits(builder.ToString());
    }

    private static bool IsDigit(Token token) => token.Kind == TokenKind.Char && token.Length == 1 && char.IsAsciiDigit(token.Source[token.Start]);

    private MathNode SymbolNode(Command command)
    {
        var text = command.Text!;
        if (command.Kind == CommandKind.UprightSymbol)
        {
            return _font is MathFont.Default or MathFont.Upright
                ? new MathNode("mi", text, attributes: " mathvariant=\"normal\"")
                : new MathNode("mi", char.ConvertFromUtf32(Alphabets.Map(text[0], _font)));
        }
        switch (command.Class)
        {
            case AtomClass.Ord when command.Argument == 1:
                return new MathNode("mo", text, AtomClass.Ord, text is "|" ? Unstretched + NoSpace : text is "‖" ? Unstretched + DoubleBarSpace : NoSpace);
            case AtomClass.Ord:
                if (_font is not (MathFont.Default or MathFont.Upright) && text.Length == 1)
                {
                    return new MathNode("mi", char.ConvertFromUtf32(Alphabets.Map(text[0], _font)));
                }
                return new MathNode("mi", text);
            case AtomClass.Open or AtomClass.Close:
                // The dictionary spaces | and ‖ between other atoms as relations; \lvert and \rvert are brackets.
                return new MathNode("mo", text, command.Class, text is "|" ? Unstretched + NoSpace : text is "‖" ? Unstretched + DoubleBarSpace : Unstretched);
            case AtomClass.Rel when command.Argument == CommandTable.WideRelation:
                return new MathNode("mo", text, AtomClass.Rel, (IsArrow(text) ? Unstretched : "") + " lspace=\"0.5556em\" rspace=\"0.5556em\"");
            case AtomClass.Punct when text == ":":
                // amsmath's \colon: 2mu before the colon and 6mu after it.
                return new MathNode("mo", text, AtomClass.Punct, " lspace=\"0.1111em\" rspace=\"0.3333em\"");
            case AtomClass.Rel when IsArrow(text):
                // TeX never stretches \to or \longrightarrow (only \xrightarrow), and Chromium would stretch them under a script.
                return new MathNode("mo", text, AtomClass.Rel, Unstretched);
            default:
                return new MathNode("mo", text, command.Class);
        }
    }

    private static bool IsArrow(string text) => text[0] is >= '\u2190' and <= '\u21FF' or >= '\u27F0' and <= '\u27FF' or >= '\u2900' and <= '\u297F';

    private static MathNode BigOperator(Command command) =>
        new("mo", command.Text, AtomClass.Op) { Limits = command.Argument == 1 ? LimitsMode.Movable : LimitsMode.Beside };
}
