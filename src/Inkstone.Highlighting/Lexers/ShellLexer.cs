namespace Inkstone.Highlighting.Lexers;

/// <summary>Bash, sh and zsh: variables, <c>$(...)</c> substitutions, quoting, heredocs and command names.</summary>
internal sealed partial class ShellLexer : Lexer
{
    private static readonly StringRule SingleQuoted = new('\'', Escape: '\0', Multiline: true);

    private static readonly WordSet Keywords = new(
        "if then else elif fi for while until do done case esac in function select return break continue time coproc");

    private static readonly WordSet Builtins = new(
        "echo printf cd pwd export local declare readonly typeset unset set shift source exit eval exec read test trap " +
        "alias unalias wait jobs kill true false let getopts mapfile pushd popd umask type hash command builtin");

    /// <summary>Builtins whose <c>NAME=value</c> arguments are assignments.</summary>
    private static readonly WordSet Declarations = new("export local declare readonly typeset");

    /// <summary>Keywords after which a command name is expected.</summary>
    private static readonly WordSet CommandStarters = new("if then else elif do while until time !");

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        var commandPosition = true;
        var expectFunctionName = false;
        var declaring = false;
        int heredocStart = -1, heredocEnd = -1;
        var heredocDash = false;
        while (pos < end)
        {
            var c = code[pos];
            if (Scan.IsLineBreak(c))
            {
                var continued = pos > start && code[pos - 1] == '\\';
                pos = Scan.AfterLineBreak(code, pos, end);
                if (heredocStart >= 0)
                {
                    pos = HeredocBody(code, pos, end, code[heredocStart..heredocEnd], heredocDash, ref writer);
                    heredocStart = -1;
                }

                commandPosition |= !continued;
                declaring &= continued;
                continue;
            }

            if (Scan.IsSpace(c))
            {
                pos++;
                continue;
            }

            var next = pos + 1 < end ? code[pos + 1] : '\0';
            switch (c)
            {
                case '#' when pos == start || char.IsWhiteSpace(code[pos - 1]) || code[pos - 1] == ';':
                    var lineEnd = Scan.LineEnd(code, pos, end);
                    writer.Emit(TokenKind.Comment, pos, lineEnd); // a shebang too: VS Code shows it as a comment
                    pos = lineEnd;
                    continue;
                case '\'':
                    pos = QuotedString.Lex(this, code, pos, pos + 1, end, SingleQuoted, TokenKind.String, ref writer);
                    commandPosition = false;
                    continue;
                case '"':
                    pos = DoubleQuoted(code, pos, end, ref writer);
                    commandPosition = false;
                    continue;
                case '$':
                    pos = Dollar(this, code, pos, end, ref writer);
                    commandPosition = false;
                    continue;
                case '`':
                    pos = Backtick(code, pos, end, ref writer);
                    continue;
                case '\\':
                    if (!Scan.IsLineBreak(next) && next != '\0')
                    {
                        writer.Emit(TokenKind.StringEscape, pos, pos + 2);
                        pos += 2;
                    }
                    else
                    {
                        writer.Emit(TokenKind.Operator, pos, pos + 1);
                        pos++;
                    }

                    continue;
                case '<' when next == '<' && (pos + 2 >= end || code[pos + 2] != '<'):
                    pos = HeredocStart(code, pos, end, ref heredocStart, ref heredocEnd, ref heredocDash, ref writer);
                    continue;
                case '|' or '&' or ';':
                    writer.Emit(TokenKind.Operator, pos, pos + 1);

                    // In 2>&1 the ampersand belongs to a redirection, not a command separator.
                    var redirection = c == '&' && pos > start && code[pos - 1] is '>' or '<';
                    commandPosition |= !redirection;
                    declaring &= redirection;
                    pos++;
                    continue;
                case '<' or '>' or '=' or '!':
                    writer.Emit(TokenKind.Operator, pos, pos + 1);
                    pos++;
                    continue;
                case '(' or ')' or '{' or '}' or '[' or ']':
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                    // "{ cmd; }" groups commands; "{libpng,libjpeg}-dev" is brace expansion inside an argument.
                    commandPosition = (c == '(' || (c == '{' && (pos + 1 >= end || char.IsWhiteSpace(code[pos + 1])))) && !(pos > start && code[pos - 1] == '=');
                    pos++;
                    continue;
            }

            var wordEnd = WordEnd(code, pos, end);
            if (wordEnd == pos)
            {
                pos++;
                continue;
            }

            if (pos > start && code[pos - 1] == '=')
            {
                // The value of an assignment, not a command.
                writer.Emit(IsNumber(code[pos..wordEnd]) ? TokenKind.Number : TokenKind.Text, pos, wordEnd);
                pos = wordEnd;
                continue;
            }

            Word(code, pos, ref wordEnd, end, ref commandPosition, ref expectFunctionName, ref declaring, ref writer);
            pos = wordEnd;
        }
    }

    private static void Word(ReadOnlySpan<char> code, int pos, ref int wordEnd, int end, ref bool commandPosition, ref bool expectFunctionName, ref bool declaring, ref TokenWriter writer)
    {
        var word = code[pos..wordEnd];
        var equals = word.IndexOf('=');
        if ((commandPosition || declaring) && equals > 0 && IsName(word[equals - 1] == '+' ? word[..(equals - 1)] : word[..equals]))
        {
            writer.Emit(TokenKind.Variable, pos, pos + equals);
            writer.Emit(TokenKind.Operator, pos + equals, pos + equals + 1);
            wordEnd = pos + equals + 1;
            return;
        }

        if (expectFunctionName)
        {
            writer.Emit(TokenKind.Function, pos, wordEnd);
            expectFunctionName = false;
            commandPosition = false;
            return;
        }

        if (commandPosition && Keywords.Contains(word))
        {
            writer.Emit(TokenKind.Keyword, pos, wordEnd);
            expectFunctionName = word is "function";
            commandPosition = CommandStarters.Contains(word);
            return;
        }

        if (commandPosition)
        {
            var isDefinition = wordEnd + 1 < end && code[wordEnd] == '(' && code[wordEnd + 1] == ')';
            writer.Emit(Builtins.Contains(word) && !isDefinition ? TokenKind.Builtin : TokenKind.Function, pos, wordEnd);
            commandPosition = false;
            declaring = Declarations.Contains(word);
            return;
        }

        if (word is "in" or "do" or "then")
        {
            writer.Emit(TokenKind.Keyword, pos, wordEnd);
            commandPosition = word is not "in";
            return;
        }

        if (IsNumber(word))
        {
            writer.Emit(TokenKind.Number, pos, wordEnd);
        }
    }

    private static bool IsName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !Scan.IsIdentStart(text[0]))
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (!Scan.IsIdentPart(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (!char.IsAsciiDigit(ch) && ch != '.')
            {
                return false;
            }
        }

        return char.IsAsciiDigit(text[0]);
    }

    private static int WordEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        while (pos < end)
        {
            var c = code[pos];
            if (char.IsWhiteSpace(c) || c is '|' or '&' or ';' or '(' or ')' or '<' or '>' or '"' or '\'' or '`' or '$' or '\\')
            {
                break;
            }

            pos++;
        }

        return pos;
    }
}
