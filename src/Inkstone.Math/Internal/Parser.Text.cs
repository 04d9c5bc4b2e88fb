using System.Text;

namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    /// <summary>Parses the argument of \text and friends: spaces count, $...$ switches back to math.</summary>
    private MathNode ParseText(Token owner, MathFont font)
    {
        var open = Peek();
        if (!open.IsChar('{'))
        {
            if (open.Kind == TokenKind.Char && !open.IsChar('}') && !open.IsChar('&'))
            {
                _tokens.Next();
                return new MathNode("mtext", MapText(open.Text.ToString(), font));
            }
            throw new MathParseException($"\\{owner.Name} needs a braced argument.", owner.Offset, owner.SpanLength, $"write \\{owner.Name}{{...}}");
        }
        _tokens.Next();
        Enter(open);
        var textMode = _tokens.TextMode;
        _tokens.TextMode = true;
        var parts = new List<MathNode>();
        var text = new StringBuilder();
        var depth = 0;
        while (true)
        {
            var token = _tokens.Peek();
            _tokens.NextRaw();
            switch (token.Kind)
            {
                case TokenKind.End:
                    throw new MathParseException($"The argument of \\{owner.Name} is not closed.", open.Offset, open.SpanLength, "add the missing }");
                case TokenKind.Space:
                    if (text.Length == 0 || text[^1] != ' ')
                    {
                        text.Append(' ');
                    }
                    continue;
                case TokenKind.Char:
                    var c = token.Source[token.Start];
                    if (token.Length == 1)
                    {
                        switch (c)
                        {
                            case '{':
                                depth++;
                                continue;
                            case '}':
                                if (depth-- > 0)
                                {
                                    continue;
                                }
                                Flush(parts, text, font);
                                _tokens.TextMode = textMode;
                                Exit();
                                return parts.Count == 1 ? parts[0] : new MathNode("mrow", parts);
                            case '$':
                                Flush(parts, text, font);
                                _tokens.TextMode = false;
                                var math = ParseExpression(Stop.Dollar, opener: token);
                                _tokens.TextMode = true;
                                _tokens.Next();
                                parts.Add(MathNode.Row(math));
                                continue;
                            case '~':
                                text.Append('\u00A0');
                                continue;
                            case '-' when text.Length > 0 && text[^1] == '-':
                                text[^1] = '–';
                                continue;
                            case '-' when text.Length > 0 && text[^1] == '–':
                                text[^1] = '—';
                                continue;
                        }
                    }
                    text.Append(token.Text);
                    continue;
                case TokenKind.ControlSymbol:
                    var symbol = token.Source[token.Start + 1];
                    if (symbol is '{' or '}' or '$' or '%' or '&' or '_' or '#')
                    {
                        text.Append(symbol);
                    }
                    else if (symbol is ' ' or '\n' or '\r' or '\t' or '\u00A0' or ',' or ':' or ';' or '>' or '\\')
                    {
                        text.Append(symbol is ',' or ':' or ';' or '>' ? '\u2009' : ' ');
                    }
                    else if (symbol != '!' && symbol != '/')
                    {
                        throw new MathParseException($"\\{token.Name} is not allowed inside \\{owner.Name}{{}}.", token.Offset, token.SpanLength);
                    }
                    continue;
                default:
                    TextCommand(token, owner, parts, text, font);
                    continue;
            }
        }
    }

    private void TextCommand(Token token, Token owner, List<MathNode> parts, StringBuilder text, MathFont font)
    {
        var name = token.Name;
        string? literal = name switch
        {
            "quad" => "\u2003",
            "qquad" => "\u2003\u2003",
            "textbackslash" => "\\",
            "textasciitilde" => "~",
            "textasciicircum" => "^",
            "textellipsis" or "ldots" or "dots" => "…",
            "textendash" => "–",
            "textemdash" => "—",
            "textquoteleft" => "‘",
            "textquoteright" => "’",
            "textquotedblleft" => "“",
            "textquotedblright" => "”",
            "textbar" => "|",
            "textunderscore" => "_",
            "textdollar" => "$",
            "space" or "nobreakspace" => "\u00A0",
            _ => null,
        };
        if (literal is not null)
        {
            text.Append(literal);
            return;
        }
        if (CommandTable.TryGet(name, out var command))
        {
            switch (command.Kind)
            {
                case CommandKind.Text:
                    Flush(parts, text, font);
                    parts.Add(ParseText(token, command.Argument == 0 ? font : (MathFont)command.Argument));
                    return;
                case CommandKind.TextColor:
                    Flush(parts, text, font);
                    var color = ReadColor(token);
                    parts.Add(new MathNode("mstyle", [ParseText(token, font)], AtomClass.Ord, $" mathcolor=\"{color}\""));
                    return;
                case CommandKind.Relax:
                    return;
                case CommandKind.Logo:
                    Flush(parts, text, font);
                    parts.Add(Logo(command.Argument == 1));
                    return;
                case CommandKind.Symbol or CommandKind.UprightSymbol when command.Text is { } symbolText:
                    text.Append(symbolText);
                    return;
            }
            throw new MathParseException($"\\{name} only works in math, not inside \\{owner.Name}{{}}.", token.Offset, token.SpanLength,
                $"close the text first, or write $\\{name}$ inside it");
        }
        var nearest = CommandSuggester.Nearest(name.ToString(), _tokens.Macros);
        throw new MathParseException($"Unknown command \\{name}.", token.Offset, token.SpanLength, nearest is null ? null : $"did you mean \\{nearest}?")
        {
            Origin = token.Source,
        };
    }

    private static void Flush(List<MathNode> parts, StringBuilder text, MathFont font)
    {
        if (text.Length == 0)
        {
            return;
        }
        // Browsers collapse leading and trailing spaces in mtext; no-break spaces keep "\text{ if }" spaced as in TeX.
        if (text[0] == ' ')
        {
            text[0] = '\u00A0';
        }
        if (text[^1] == ' ')
        {
            text[^1] = '\u00A0';
        }
        parts.Add(new MathNode("mtext", MapText(text.ToString(), font), attributes: font == MathFont.TextItalic ? TextItalicAttribute : null));
        text.Clear();
    }

    private static string MapText(string text, MathFont font)
    {
        if (font is MathFont.Default or MathFont.Upright or MathFont.TextItalic)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length * 2);
        foreach (var rune in text.EnumerateRunes())
        {
            // Text fonts are upright unless italic was asked for: \textbf is bold upright, not bold italic.
            builder.Append(char.ConvertFromUtf32(rune.Value < 128 ? Alphabets.Map(rune.Value, font) : rune.Value));
        }
        return builder.ToString();
    }
}
