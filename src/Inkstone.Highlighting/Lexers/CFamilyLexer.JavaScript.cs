namespace Inkstone.Highlighting.Lexers;

/// <summary>What JavaScript and TypeScript add to the C-like words: <c>$</c> in names, object literal keys and import lists.</summary>
internal sealed partial class CFamilyLexer
{
    private int WordEnd(ReadOnlySpan<char> code, int pos, int end)
    {
        while (pos < end && (Scan.IsIdentPart(code[pos]) || (code[pos] == '$' && syntax.JavaScriptSyntax)))
        {
            pos++;
        }

        return pos;
    }

    /// <summary><c>import</c> not called (<c>import(</c>, <c>import.meta</c>), or <c>export {</c> / <c>export *</c>: a list of names follows.</summary>
    private static bool StartsImportList(ReadOnlySpan<char> code, ReadOnlySpan<char> word, int wordEnd, int end)
    {
        var after = Scan.SpacesEnd(code, wordEnd, end);
        var next = after < end ? code[after] : '\0';
        return word switch
        {
            "import" => next is not ('(' or '.'),
            "export" => next is '{' or '*',
            _ => false,
        };
    }

    /// <summary>Whether the brace at <paramref name="pos"/> opens an object literal: it stands where a value does (after <c>=</c>, <c>(</c>, <c>,</c>, <c>:</c>, <c>return</c>), not a block.</summary>
    private static bool OpensObject(ReadOnlySpan<char> code, int start, int pos)
    {
        var before = pos - 1;
        while (before >= start && char.IsWhiteSpace(code[before]))
        {
            before--;
        }

        if (before < start)
        {
            return false;
        }

        return code[before] switch
        {
            '=' or '(' or ',' or '[' or ':' or '?' or '|' or '&' => true,
            'n' => code[start..(before + 1)].EndsWith("return") && (before - 6 < start || !Scan.IsIdentPart(code[before - 6])),
            _ => false,
        };
    }

    /// <summary>A name followed by <c>:</c> just after <c>{</c> or <c>,</c> is an object literal's key (<c>{ headers: h }</c>), not a label or a ternary's branch.</summary>
    private static bool IsObjectKey(ReadOnlySpan<char> code, int start, int pos, int wordEnd, int end)
    {
        var after = Scan.SpacesEnd(code, wordEnd, end);
        if (after >= end || code[after] != ':' || (after + 1 < end && code[after + 1] == ':'))
        {
            return false;
        }

        var before = pos - 1;
        while (before >= start && char.IsWhiteSpace(code[before]))
        {
            before--;
        }

        return before >= start && code[before] is '{' or ',';
    }
}
