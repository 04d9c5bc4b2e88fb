namespace Inkstone.Highlighting.Lexers;

/// <summary>Documentation comments whose markup VS Code colours inside the comment: C#'s XML tags and JSDoc's tags and types.</summary>
internal sealed partial class CFamilyLexer
{
    /// <summary>A <c>///</c> line with the names of its XML tags (<c>&lt;summary&gt;</c>, <c>&lt;/param&gt;</c>) as tags, the rest comment.</summary>
    private static void XmlDocComment(ReadOnlySpan<char> code, int pos, int lineEnd, ref TokenWriter writer)
    {
        var from = pos;
        for (var i = pos + 3; i < lineEnd; i++)
        {
            if (code[i] != '<')
            {
                continue;
            }

            var nameStart = i + 1 < lineEnd && code[i + 1] == '/' ? i + 2 : i + 1;
            if (nameStart >= lineEnd || !char.IsAsciiLetter(code[nameStart]))
            {
                continue;
            }

            var nameEnd = Scan.IdentifierEnd(code, nameStart, lineEnd);
            writer.Emit(TokenKind.DocComment, from, nameStart);
            writer.Emit(TokenKind.Tag, nameStart, nameEnd);
            from = nameEnd;
            i = nameEnd - 1;
        }

        writer.Emit(TokenKind.DocComment, from, lineEnd);
    }

    /// <summary>
    /// A <c>/** ... */</c> comment with each <c>@tag</c> as a keyword, a <c>{type}</c> after it as a type and the name a
    /// <c>@param</c> documents plain, as VS Code shows JSDoc; the rest is comment.
    /// </summary>
    private static void JsDocComment(ReadOnlySpan<char> code, int pos, int commentEnd, ref TokenWriter writer)
    {
        var from = pos;
        for (var i = pos + 3; i < commentEnd; i++)
        {
            if (code[i] != '@' || !(code[i - 1] is ' ' or '\t' or '*') || i + 1 >= commentEnd || !char.IsAsciiLetter(code[i + 1]))
            {
                continue;
            }

            var i0 = i;
            var tagEnd = Scan.IdentifierEnd(code, i + 1, commentEnd);
            writer.Emit(TokenKind.DocComment, from, i);
            writer.Emit(TokenKind.Keyword, i, tagEnd);
            from = i = tagEnd;
            var typeStart = Scan.SpacesEnd(code, tagEnd, commentEnd);
            if (typeStart < commentEnd && code[typeStart] == '{')
            {
                var close = code[typeStart..Scan.LineEnd(code, typeStart, commentEnd)].IndexOf('}');
                if (close > 0)
                {
                    writer.Emit(TokenKind.DocComment, from, typeStart);
                    writer.Emit(TokenKind.ClassName, typeStart, typeStart + close + 1);
                    from = i = typeStart + close + 1;
                }
            }

            var tag = code[(i0 + 1)..tagEnd];
            if (tag is "param" or "arg" or "argument" or "prop" or "property" or "template" or "typedef" or "callback" or "see" or "default")
            {
                // What the tag names: a parameter, or the target of @see and the value of @default (VS Code's variable colour).
                var nameStart = Scan.SpacesEnd(code, from, commentEnd);
                var nameEnd = tag is "see" or "default" ? WordRunEnd(code, nameStart, commentEnd) : Scan.IdentifierEnd(code, nameStart, commentEnd);
                if (nameEnd > nameStart)
                {
                    writer.Emit(TokenKind.DocComment, from, nameStart);
                    writer.Emit(TokenKind.Text, nameStart, nameEnd);
                    from = i = nameEnd;
                }
            }

            i--;
        }

        writer.Emit(TokenKind.DocComment, from, commentEnd);
    }

    private static int WordRunEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        while (pos < end && !char.IsWhiteSpace(code[pos]) && !(code[pos] == '*' && pos + 1 < end && code[pos + 1] == '/'))
        {
            pos++;
        }

        return pos;
    }
}
