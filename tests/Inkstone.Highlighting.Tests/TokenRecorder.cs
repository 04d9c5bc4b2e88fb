using System.Text;

namespace Inkstone.Highlighting.Tests;

/// <summary>A sink that records every call, for assertions and for the readable golden form.</summary>
internal sealed class TokenRecorder : IHighlightSink
{
    private readonly List<List<(TokenKind Kind, string Text)>> _lines = [];
    private int _expectedLine;
    private bool _open;

    public IReadOnlyList<IReadOnlyList<(TokenKind Kind, string Text)>> Lines => _lines;

    public IEnumerable<(TokenKind Kind, string Text)> Tokens => _lines.SelectMany(line => line);

    public static TokenRecorder Highlight(string language, string code) => Highlight(new SyntaxHighlighter(), language, code);

    public static TokenRecorder Highlight(SyntaxHighlighter highlighter, string language, string code)
    {
        Assert.True(highlighter.TryResolve(language, out var resolved), $"unknown language {language}");
        var recorder = new TokenRecorder();
        highlighter.Highlight(resolved, code, recorder);
        return recorder;
    }

    public void BeginLine(int lineIndex)
    {
        Assert.False(_open, "BeginLine while a line is open");
        Assert.Equal(_expectedLine, lineIndex);
        _expectedLine++;
        _open = true;
        _lines.Add([]);
    }

    public void Token(TokenKind kind, ReadOnlySpan<char> text)
    {
        Assert.True(_open, "Token outside a line");
        Assert.False(text.IsEmpty, "empty token");
        Assert.True(text.IndexOfAny('\r', '\n') < 0, "token contains a line break");
        _lines[^1].Add((kind, text.ToString()));
    }

    public void EndLine()
    {
        Assert.True(_open, "EndLine without BeginLine");
        _open = false;
    }

    /// <summary>The tokens of one kind, in order.</summary>
    public IReadOnlyList<string> Of(TokenKind kind) => Tokens.Where(t => t.Kind == kind).Select(t => t.Text).ToList();

    /// <summary>The source text back, lines joined with '\n'.</summary>
    public string Text() => string.Join('\n', _lines.Select(line => string.Concat(line.Select(t => t.Text))));

    /// <summary>One line per source line; each token other than plain text is shown as «class:text».</summary>
    public string Render()
    {
        var text = new StringBuilder();
        foreach (var line in _lines)
        {
            foreach (var (kind, tokenText) in line)
            {
                var cssClass = TokenClasses.Of(kind);
                if (cssClass is null)
                {
                    text.Append(tokenText);
                }
                else
                {
                    text.Append('«').Append(cssClass).Append(':').Append(tokenText).Append('»');
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
