namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// VS Code's PowerShell grammar calls any word shaped like an approved verb and a noun (<c>build-output</c>,
/// <c>Install-Thing</c>) a command wherever it stands, so <c>Copy-Item build-output dist</c> and <c>npm run build-prod</c>
/// colour an argument as a command: the reported defect, back through the grammar. A hyphenated command name stays one
/// only where a command can stand: at the start of a line or statement, after a pipe, a bracket, <c>=</c>, <c>&amp;</c>,
/// <c>.</c> or a keyword (<c>function Get-Thing</c>, <c>return Get-Date</c>); after a word or a value it is an argument.
/// </summary>
internal static class PowerShellArguments
{
    public static void Apply(string text, int offset, List<(int Start, int End, TokenKind Kind)> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var (start, end, kind) = tokens[i];
            if (kind is not (TokenKind.Function or TokenKind.Builtin) || text.AsSpan(start - offset, end - start).IndexOf('-') <= 0)
            {
                continue;
            }

            var before = start - offset - 1;
            while (before >= 0 && text[before] is ' ' or '\t')
            {
                before--;
            }

            var commandPosition = before < 0 || text[before] is '\n' or '\r' or '|' or ';' or '{' or '(' or '[' or '=' or '&' or '.' or ',' or '`'
                || (i > 0 && tokens[i - 1] is (_, var previousEnd, TokenKind.Keyword) && previousEnd == offset + before + 1);
            if (!commandPosition)
            {
                tokens.RemoveAt(i);
                i--;
            }
        }
    }
}
