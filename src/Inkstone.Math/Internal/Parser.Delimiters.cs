using System.Collections.Frozen;

namespace Inkstone.Math.Internal;

internal sealed partial class Parser
{
    private static readonly FrozenDictionary<string, string> NamedDelimiters = new Dictionary<string, string>
    {
        ["{"] = "{",
        ["}"] = "}",
        ["lbrace"] = "{",
        ["rbrace"] = "}",
        ["langle"] = "⟨",
        ["rangle"] = "⟩",
        ["lfloor"] = "⌊",
        ["rfloor"] = "⌋",
        ["lceil"] = "⌈",
        ["rceil"] = "⌉",
        ["vert"] = "|",
        ["Vert"] = "‖",
        ["|"] = "‖",
        ["lvert"] = "|",
        ["rvert"] = "|",
        ["lVert"] = "‖",
        ["rVert"] = "‖",
        ["lbrack"] = "[",
        ["rbrack"] = "]",
        ["lgroup"] = "⟮",
        ["rgroup"] = "⟯",
        ["llbracket"] = "⟦",
        ["rrbracket"] = "⟧",
        ["lmoustache"] = "⎰",
        ["rmoustache"] = "⎱",
        ["uparrow"] = "↑",
        ["downarrow"] = "↓",
        ["updownarrow"] = "↕",
        ["Uparrow"] = "⇑",
        ["Downarrow"] = "⇓",
        ["Updownarrow"] = "⇕",
        ["backslash"] = "\\",
        ["lparen"] = "(",
        ["rparen"] = ")",
        ["ulcorner"] = "⌜",
        ["urcorner"] = "⌝",
        ["llcorner"] = "⌞",
        ["lrcorner"] = "⌟",
        ["mid"] = "∣",
        ["arrowvert"] = "⏐",
        ["Arrowvert"] = "‖",
        ["bracevert"] = "⎪",
        // MathJax reads \left\lt and \right\gt as angle brackets, like \left< and \right>.
        ["lt"] = "⟨",
        ["gt"] = "⟩",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DelimiterLookup =
        NamedDelimiters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads the delimiter after \left, \right, \middle or \big; "" for the null delimiter ".".</summary>
    private string ReadDelimiter(Token owner)
    {
        var token = Peek();
        _tokens.Next();
        if (token.Kind == TokenKind.Char && token.Length == 1)
        {
            switch (token.Source[token.Start])
            {
                case '.':
                    return "";
                case '(' or ')' or '[' or ']' or '|' or '/':
                    return AsciiStrings[token.Source[token.Start]];
                case '<':
                    return "⟨";
                case '>':
                    return "⟩";
            }
        }
        else if (token.Kind is TokenKind.ControlWord or TokenKind.ControlSymbol && DelimiterLookup.TryGetValue(token.Name, out var named))
        {
            return named;
        }
        throw new MathParseException($"\\{owner.Name} must be followed by a delimiter such as ( [ \\{{ | or .", token.Kind == TokenKind.End ? owner.Offset : token.Offset,
            token.Kind == TokenKind.End ? owner.SpanLength : token.SpanLength, "write \\left( ... \\right) or use . for an invisible delimiter");
    }

    private MathNode LeftRight(Token left)
    {
        Enter(left);
        var children = new List<MathNode>();
        var open = ReadDelimiter(left);
        if (open.Length > 0)
        {
            children.Add(MathNode.StretchyFence(open, AtomClass.Open, " fence=\"true\" form=\"prefix\" stretchy=\"true\""));
        }
        else
        {
            // TeX's null delimiter is a blank \nulldelimiterspace (0.12em) wide.
            children.Add(Spacing.Space("0.12em"));
        }
        while (true)
        {
            var inner = ParseExpression(Stop.Right | Stop.Group | Stop.Cell | Stop.Top, opener: left);
            var token = Peek();
            if (!(token.Kind is TokenKind.ControlWord && Lookup(token, out var command) && command.Kind is CommandKind.Right or CommandKind.Middle))
            {
                throw new MathParseException("\\left has no matching \\right.", left.Offset, left.SpanLength, "add \\right) or \\right. before the group ends");
            }
            _tokens.Next();
            children.Add(MathNode.Row(inner));
            var delimiter = ReadDelimiter(token);
            if (command.Kind == CommandKind.Right)
            {
                children.Add(delimiter.Length > 0
                    ? MathNode.StretchyFence(delimiter, AtomClass.Close, " fence=\"true\" form=\"postfix\" stretchy=\"true\"")
                    : Spacing.Space("0.12em"));
                break;
            }
            if (delimiter.Length > 0)
            {
                children.Add(MathNode.StretchyFence(delimiter, AtomClass.Rel, " stretchy=\"true\" lspace=\"0.05em\" rspace=\"0.05em\""));
            }
        }
        Exit();
        return new MathNode("mrow", children, AtomClass.Inner);
    }
}
