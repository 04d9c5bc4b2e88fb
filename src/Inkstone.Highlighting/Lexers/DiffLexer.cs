namespace Inkstone.Highlighting.Lexers;

/// <summary>Unified diffs: file headers, hunk headers, added and removed lines.</summary>
internal sealed class DiffLexer : Lexer
{
    public override void Lex(ReadOnlySpan<char> code, int start, int end, ref TokenWriter writer)
    {
        var pos = start;
        while (pos < end)
        {
            var lineEnd = Scan.LineEnd(code, pos, end);
            var line = code[pos..lineEnd];
            var kind = line.StartsWith("+++") || line.StartsWith("---") || line.StartsWith("diff ") || line.StartsWith("index ")
                    || line.StartsWith("new file") || line.StartsWith("deleted file") || line.StartsWith("similarity ")
                    || line.StartsWith("rename ")
                ? TokenKind.Meta
                : line.StartsWith("@@") ? TokenKind.Heading
                : line.StartsWith('+') || line.StartsWith('>') ? TokenKind.Inserted
                : line.StartsWith('-') || line.StartsWith('<') ? TokenKind.Deleted
                : line.StartsWith('\\') ? TokenKind.Comment
                : TokenKind.Text;
            writer.Emit(kind, pos, lineEnd);
            pos = Scan.AfterLineBreak(code, lineEnd, end);
        }
    }
}
