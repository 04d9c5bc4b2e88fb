namespace Inkstone.Highlighting.Lexers;

/// <summary>One lexer for the curly-brace languages (C, C++, C#, Java, JavaScript, TypeScript, Go, Rust), configured by a <see cref="CFamilySyntax"/>.</summary>
/// <param name="jsx">Whether JSX elements may stand where an operand may start (JavaScript, TSX; not TypeScript, whose <c>&lt;T&gt;x</c> is a cast).</param>
internal sealed partial class CFamilyLexer(CFamilySyntax syntax, bool jsx = false) : Lexer
{
    private enum Expectation : byte
    {
        None,
        ClassName,
        Function,
        Decorator,
        Namespace,

        /// <summary>Inside Rust's <c>#[...]</c>, up to its <c>]</c>: derived traits (<c>Debug</c>) are types, the rest plain.</summary>
        AttributeArguments,

        /// <summary>After JavaScript's <c>import</c> (or <c>export {</c>), up to <c>from</c>, <c>}</c> or <c>;</c>: the names are plain, as VS Code shows them.</summary>
        ImportList,
    }

    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        var expect = Expectation.None;
        var regexAllowed = true;

        // One bit per open bracket, innermost lowest: set for a brace that opens an object literal, whose names before a colon are keys.
        var objects = 0UL;
        while (pos < end)
        {
            var c = code[pos];
            if (c <= ' ')
            {
                pos++;
                continue;
            }

            var next = pos + 1 < end ? code[pos + 1] : '\0';
            if (c == '/' && next is '/' or '*')
            {
                pos = next == '/' ? LineComment(code, pos, end, ref writer) : BlockComment(code, pos, end, ref writer);
                continue;
            }

            if (Scan.IsIdentStart(c) || (c == '$' && syntax.JavaScriptSyntax))
            {
                pos = Word(code, start, pos, end, (objects & 1) != 0, ref expect, ref regexAllowed, ref writer);
                continue;
            }

            expect = (c == '.' && expect is Expectation.Decorator or Expectation.Namespace)
                || (c != ']' && expect == Expectation.AttributeArguments)
                || (c is not ('}' or ';') && expect == Expectation.ImportList)
                ? expect
                : Expectation.None;
            if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next) && (pos == start || !(Scan.IsIdentPart(code[pos - 1]) || code[pos - 1] == '.'))))
            {
                var numberEnd = Scan.NumberEnd(code, pos, end, syntax.CppLiterals);
                writer.Emit(TokenKind.Number, pos, numberEnd);
                pos = numberEnd;
                regexAllowed = false;
                continue;
            }

            var special = Special(code, start, pos, end, ref expect, ref writer);
            if (special > pos)
            {
                pos = special;
                regexAllowed = false;
                continue;
            }

            if (c == '<' && jsx && regexAllowed)
            {
                var elementEnd = JsxElement(code, pos, end, ref writer);
                if (elementEnd > pos)
                {
                    pos = elementEnd;
                    regexAllowed = false;
                    continue;
                }
            }

            if (c == '/' && syntax.RegexLiterals && regexAllowed)
            {
                var regexEnd = RegexEnd(code, pos, end);
                if (regexEnd > pos)
                {
                    writer.Emit(TokenKind.String, pos, regexEnd);
                    pos = regexEnd;
                    regexAllowed = false;
                    continue;
                }
            }

            if (c is '+' or '-' or '*' or '/' or '%' or '=' or '<' or '>' or '!' or '&' or '|' or '^' or '~' or '?' or ':')
            {
                writer.Emit(TokenKind.Operator, pos, pos + 1);
                regexAllowed = true;
            }
            else if (c is '(' or ')' or '[' or ']' or '{' or '}' or ',' or ';' or '.')
            {
                if (c == '.' && expect == Expectation.Decorator)
                {
                    writer.Emit(TokenKind.Decorator, pos, pos + 1);
                }
                else
                {
                    writer.Emit(TokenKind.Punctuation, pos, pos + 1);
                }

                regexAllowed = c is not (')' or ']' or '}');
                objects = c switch
                {
                    '{' => (objects << 1) | (syntax.JavaScriptSyntax && OpensObject(code, start, pos) ? 1UL : 0UL),
                    '(' or '[' => objects << 1,
                    ')' or ']' or '}' => objects >> 1,
                    _ => objects,
                };
            }

            pos++;
        }
    }

    private int Word(ReadOnlySpan<char> code, int start, int pos, int end, bool inObject, ref Expectation expect, ref bool regexAllowed, ref TokenWriter writer)
    {
        var wordEnd = WordEnd(code, pos, end);
        var word = code[pos..wordEnd];
        if (wordEnd < end && code[wordEnd] is '"' or '\'' or '#')
        {
            var prefixed = PrefixedString(code, pos, wordEnd, end, ref writer);
            if (prefixed > pos)
            {
                expect = Expectation.None;
                regexAllowed = false;
                return prefixed;
            }
        }

        regexAllowed = false;
        TokenKind kind;
        if (expect == Expectation.Decorator)
        {
            // C#'s [Attribute] names a class, in the type colour as VS Code shows it; Java's and TypeScript's @names are decorators.
            kind = syntax.BracketAttributes ? TokenKind.ClassName : TokenKind.Decorator;
            if (wordEnd >= end || code[wordEnd] != '.')
            {
                expect = Expectation.None;
            }

            writer.Emit(kind, pos, wordEnd);
            return wordEnd;
        }

        if (expect == Expectation.AttributeArguments)
        {
            if (IsTypeLike(word))
            {
                writer.Emit(TokenKind.ClassName, pos, wordEnd);
            }

            return wordEnd;
        }

        if (expect == Expectation.ImportList)
        {
            if (word is "from")
            {
                expect = Expectation.None;
            }

            if (syntax.Keywords.Contains(word))
            {
                writer.Emit(TokenKind.Keyword, pos, wordEnd);
            }

            return wordEnd;
        }

        if (expect == Expectation.Namespace && !syntax.Keywords.Contains(word) && !syntax.Types.Contains(word))
        {
            if (wordEnd >= end || code[wordEnd] != '.')
            {
                expect = Expectation.None;
            }

            if (syntax.NamespacesAsTypes)
            {
                writer.Emit(TokenKind.ClassName, pos, wordEnd);
            }

            return wordEnd;
        }

        // After a dot a keyword is a member name (promise.then, map.get), except Rust's postfix .await.
        var isMember = pos > start && code[pos - 1] == '.' && word is not "await";
        if (!isMember && syntax.Keywords.Contains(word))
        {
            if (inObject && IsObjectKey(code, start, pos, wordEnd, end))
            {
                writer.Emit(TokenKind.Property, pos, wordEnd);
                return wordEnd;
            }

            kind = TokenKind.Keyword;
            regexAllowed = true;
            expect = syntax.JavaScriptSyntax && StartsImportList(code, word, wordEnd, end) ? Expectation.ImportList
                : syntax.TypeDeclarators.Contains(word) ? Expectation.ClassName
                : syntax.FunctionDeclarators.Contains(word) ? Expectation.Function
                : syntax.NamespaceDeclarators.Contains(word) ? Expectation.Namespace
                : Expectation.None;
            writer.Emit(kind, pos, wordEnd);
            return wordEnd;
        }

        var expected = expect;
        expect = Expectation.None;
        if (inObject && !isMember && IsObjectKey(code, start, pos, wordEnd, end))
        {
            writer.Emit(TokenKind.Property, pos, wordEnd);
            return wordEnd;
        }

        if (syntax.Types.Contains(word))
        {
            kind = TokenKind.KeywordType;
        }
        else if (syntax.Constants.Contains(word))
        {
            kind = TokenKind.Constant;
        }
        else if (wordEnd + 1 < end && code[wordEnd] == ':' && code[wordEnd + 1] == ':')
        {
            // std::, algo::, Vec:: — what qualifies a name is a namespace or a type, both in the type colour.
            kind = TokenKind.ClassName;
        }
        else if (expected == Expectation.ClassName)
        {
            kind = TokenKind.ClassName;
        }
        else if (expected == Expectation.Function)
        {
            kind = TokenKind.Function;
        }
        else if (syntax.Builtins.Contains(word))
        {
            kind = TokenKind.Builtin;
        }
        else
        {
            var after = Scan.SpacesEnd(code, wordEnd, end);
            var nextChar = after < end ? code[after] : '\0';
            if (nextChar == '(')
            {
                kind = TokenKind.Function;
            }
            else if (syntax.RustSyntax && nextChar == '!' && after == wordEnd && after + 1 < end && code[after + 1] is '(' or '[' or '{')
            {
                writer.Emit(TokenKind.Function, pos, wordEnd + 1);
                return wordEnd + 1;
            }
            else if (syntax.GoTypePositions && (isMember ? IsGoQualifiedType(code, start, pos, end) : IsGoTypePosition(code, start, pos, wordEnd, end)))
            {
                kind = TokenKind.ClassName;
            }
            else if (syntax.CapitalizedTypes && IsTypeLike(word) && (pos == start || code[pos - 1] != '.') && (word.Length == 1 || !IsMemberName(code, start, pos, after, end)))
            {
                kind = TokenKind.ClassName;
            }
            else
            {
                return wordEnd;
            }
        }

        writer.Emit(kind, pos, wordEnd);
        return wordEnd;
    }

    /// <summary>Whether a Go name after a dot is a type's, its package standing where a type does (<c>context.Context</c>).</summary>
    private bool IsGoQualifiedType(ReadOnlySpan<char> code, int start, int pos, int end)
    {
        var qualifier = pos - 1;
        while (qualifier > start && Scan.IsIdentPart(code[qualifier - 1]))
        {
            qualifier--;
        }

        return qualifier < pos - 1 && (qualifier == start || code[qualifier - 1] != '.') && IsGoTypePosition(code, start, qualifier, pos - 1, end);
    }

    /// <summary>Whether a Go name stands where a type does (<see cref="CFamilySyntax.GoTypePositions"/>); names in Go never follow one another elsewhere.</summary>
    private bool IsGoTypePosition(ReadOnlySpan<char> code, int start, int pos, int wordEnd, int end)
    {
        if (wordEnd < end && code[wordEnd] == '{')
        {
            return true; // a composite literal: Result{...}
        }

        var before = pos;
        while (before > start && code[before - 1] is '*' or '[' or ']' or (>= '0' and <= '9'))
        {
            before--;
        }

        if (before < pos && code[pos - 1] == ']')
        {
            return true; // []Item, [4]byte, map[string]Item
        }

        var gap = before;
        while (gap > start && code[gap - 1] is ' ' or '\t')
        {
            gap--;
        }

        if (gap == before || gap == start)
        {
            return false;
        }

        if (code[gap - 1] == ')')
        {
            return before == pos || code[pos - 1] == '*'; // a result type: func f() Result, func f() *Node
        }

        if (!Scan.IsIdentPart(code[gap - 1]))
        {
            return false;
        }

        var previous = gap;
        while (previous > start && Scan.IsIdentPart(code[previous - 1]))
        {
            previous--;
        }

        return !syntax.Keywords.Contains(code[previous..gap]) && !char.IsAsciiDigit(code[previous]);
    }

    /// <summary>
    /// A capitalised name followed by <c>=</c>, <c>=&gt;</c>, <c>;</c>, <c>{</c> or <c>:</c> is a member, not a type, when it
    /// starts an item (enum member, object key) or follows a type (<c>public string Name { get; }</c>). After a keyword
    /// (<c>as Foo;</c>, <c>typename T =</c>, <c>for Wrapper {</c>) or a colon (<c>x: Foo =</c>) it stays a type.
    /// </summary>
    private bool IsMemberName(ReadOnlySpan<char> code, int start, int pos, int after, int end)
    {
        if (after >= end)
        {
            return false;
        }

        var next = after + 1 < end ? code[after + 1] : '\0';
        var inList = code[after] is ',' or '}' or ')';
        var endsMember = code[after] switch
        {
            ';' or '{' or '=' => next != '=',
            ':' => next != ':',
            _ => inList,
        };
        if (!endsMember)
        {
            return false;
        }

        var before = pos - 1;
        while (before >= start && char.IsWhiteSpace(code[before]))
        {
            before--;
        }

        if (before > start && code[before] == '>' && code[before - 1] is '-' or '=')
        {
            // A return type after -> or =>.
            return false;
        }

        if (before < start || code[before] is '{' or ',')
        {
            return true;
        }

        // In a list (enum members, tuple elements) only a name after a brace, comma or type is a member.
        if (!inList && code[before] is '}' or ';' or '(' or '>' or '?' or ']')
        {
            return true;
        }

        if (!Scan.IsIdentPart(code[before]))
        {
            return false;
        }

        var wordStart = before;
        while (wordStart > start && Scan.IsIdentPart(code[wordStart - 1]))
        {
            wordStart--;
        }

        var previous = code[wordStart..(before + 1)];
        return !syntax.Keywords.Contains(previous) || syntax.Types.Contains(previous);
    }

    /// <summary>PascalCase, not ALL_CAPS (which is usually a constant); a lone capital is a type parameter (<c>T</c>).</summary>
    private static bool IsTypeLike(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Length == 1)
        {
            return true;
        }

        foreach (var ch in word[1..])
        {
            if (char.IsLower(ch))
            {
                return true;
            }
        }

        return false;
    }

    private int LineComment(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var lineEnd = Scan.LineEnd(code, pos, end);
        var isDoc = pos + 2 < lineEnd && ((code[pos + 2] == '/' && (pos + 3 >= lineEnd || code[pos + 3] != '/')) || code[pos + 2] == '!');
        if (isDoc && syntax.XmlDocComments && code[pos + 2] == '/')
        {
            XmlDocComment(code, pos, lineEnd, ref writer);
            return lineEnd;
        }

        writer.Emit(isDoc ? TokenKind.DocComment : TokenKind.Comment, pos, lineEnd);
        return lineEnd;
    }

    private int BlockComment(ReadOnlySpan<char> code, int pos, int end, ref TokenWriter writer)
    {
        var isDoc = pos + 3 < end && code[pos + 2] == '*' && code[pos + 3] != '/';
        var depth = 1;
        var i = pos + 2;
        while (i < end && depth > 0)
        {
            if (code[i] == '*' && i + 1 < end && code[i + 1] == '/')
            {
                depth--;
                i += 2;
            }
            else if (syntax.NestedComments && code[i] == '/' && i + 1 < end && code[i + 1] == '*')
            {
                depth++;
                i += 2;
            }
            else
            {
                i++;
            }
        }

        if (isDoc && syntax.JavaScriptSyntax)
        {
            JsDocComment(code, pos, i, ref writer);
            return i;
        }

        writer.Emit(isDoc ? TokenKind.DocComment : TokenKind.Comment, pos, i);
        return i;
    }

    private static int RegexEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        var inClass = false;
        for (var i = pos + 1; i < end; i++)
        {
            var c = code[i];
            if (Scan.IsLineBreak(c))
            {
                return pos;
            }

            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                return i == pos + 1 ? pos : Scan.IdentifierEnd(code, i + 1, end);
            }
        }

        return pos;
    }
}
