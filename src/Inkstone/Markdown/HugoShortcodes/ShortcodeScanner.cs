using System.Text;
using System.Text.RegularExpressions;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Splits a post's body into text, code and shortcode tags as Hugo's lexer reads them: <c>{{&lt; name params &gt;}}</c>
/// and <c>{{% name params %}}</c>, over several lines if need be, params positional or named, quoted with <c>"</c>
/// (<c>\"</c> inside) or raw between backticks. Unlike Hugo, code is never read for shortcodes: fenced and inline code are
/// kept as written, less the comment form <c>{{&lt;/* x */&gt;}}</c> that writers put there for Hugo.
/// </summary>
internal sealed partial class ShortcodeScanner
{
    private readonly string _text;
    private readonly Action<int, string> _malformed;
    private readonly List<ShortcodeToken> _tokens = [];
    private int _textStart;

    private ShortcodeScanner(string text, Action<int, string> malformed)
    {
        _text = text;
        _malformed = malformed;
    }

    /// <param name="malformed">Told the offset and the reason of each piece of shortcode syntax that cannot be read.</param>
    public static IReadOnlyList<ShortcodeToken> Scan(string text, Action<int, string> malformed)
    {
        var scanner = new ShortcodeScanner(text, malformed);
        scanner.Run();
        return scanner._tokens;
    }

    /// <summary>Code with the shortcode comments in it unwrapped: <c>{{&lt;/* figure */&gt;}}</c> is shown as <c>{{&lt; figure &gt;}}</c>.</summary>
    public static string Uncomment(string code) =>
        code.Contains("{{", StringComparison.Ordinal) ? CommentInCode().Replace(code, m => Shown(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)) : code;

    private static string Shown(string open, string inside, string close) => $"{open} {inside.Trim()} {close}";

    private void Run()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var end = (i == 0 || _text[i - 1] == '\n') && Fence(i) is var fence and > 0 ? fence
                : _text[i] switch
                {
                    '`' when i == 0 || _text[i - 1] != '\\' => InlineCode(i),
                    '{' when At(i + 1, '{') && (At(i + 2, '<') || At(i + 2, '%')) => Tag(i),
                    _ => -1,
                };
            i = end > 0 ? end : i + (_text[i] == '`' ? RunLength(i, '`') : 1);
        }

        Flush(_text.Length);
    }

    private bool At(int index, char c) => index < _text.Length && _text[index] == c;

    private bool At(int index, string s) => string.CompareOrdinal(_text, index, s, 0, s.Length) == 0;

    private int RunLength(int start, char c)
    {
        var end = start;
        while (end < _text.Length && _text[end] == c)
        {
            end++;
        }

        return end - start;
    }

    private int LineEnd(int index) => _text.IndexOf('\n', index) is var end and >= 0 ? end : _text.Length;

    private void Flush(int end)
    {
        if (end > _textStart)
        {
            _tokens.Add(new ShortcodeToken(ShortcodeTokenKind.Text, _textStart, end));
        }
    }

    private int Add(ShortcodeToken token)
    {
        Flush(token.Start);
        _tokens.Add(token);
        _textStart = token.End;
        return token.End;
    }

    private int Code(int start, int end) => Add(new ShortcodeToken(ShortcodeTokenKind.Code, start, end) { Content = Uncomment(_text[start..end]) });

    /// <summary>A fenced code block from this line to its closing fence (or the end, as CommonMark reads an unclosed one).</summary>
    private int Fence(int start)
    {
        var lineEnd = LineEnd(start);
        var open = FenceOpen().Match(_text, start, lineEnd - start);
        if (!open.Success || (open.Groups[1].Value[0] == '`' && _text.AsSpan(open.Index + open.Length, lineEnd - open.Index - open.Length).Contains('`')))
        {
            return -1;
        }

        var marker = open.Groups[1].Value;
        for (var line = lineEnd + 1; line < _text.Length; line = LineEnd(line) + 1)
        {
            var content = _text.AsSpan(line, LineEnd(line) - line).Trim();
            if (content.Length >= marker.Length && content.TrimStart(marker[0]).IsEmpty && content.StartsWith(marker, StringComparison.Ordinal))
            {
                return Code(start, LineEnd(line));
            }
        }

        return Code(start, _text.Length);
    }

    /// <summary>A code span: the same number of backticks closes it, within its paragraph.</summary>
    private int InlineCode(int start)
    {
        var length = RunLength(start, '`');
        for (var i = start + length; i < _text.Length; i++)
        {
            if (_text[i] == '\n' && _text.AsSpan(i + 1, LineEnd(i + 1) - i - 1).IsWhiteSpace())
            {
                return -1;
            }

            if (_text[i] == '`')
            {
                var run = RunLength(i, '`');
                if (run == length)
                {
                    return Code(start, i + run);
                }

                i += run - 1;
            }
        }

        return -1;
    }

    private int Tag(int start)
    {
        var markdown = _text[start + 2] == '%';
        var close = markdown ? "%}}" : ">}}";
        var other = markdown ? ">}}" : "%}}";
        var i = SkipSpace(start + 3);
        if (At(i, "/*"))
        {
            var comment = CommentEnd().Match(_text, i + 2);
            if (!comment.Success || comment.Groups[1].Value != close)
            {
                return Malformed(start, $"The shortcode comment '{_text[start..(start + 3)]}/*' is never closed with '*/{close}'.");
            }

            var shown = Shown(_text[start..(start + 3)], _text[(i + 2)..comment.Index], close);
            return Add(new ShortcodeToken(ShortcodeTokenKind.Comment, start, comment.Index + comment.Length) { Content = shown });
        }

        var closing = At(i, '/');
        i = SkipSpace(closing ? i + 1 : i);
        var nameStart = i;
        while (i < _text.Length && !char.IsWhiteSpace(_text[i]) && !At(i, close) && !At(i, other) && !SelfClose(i, close) && _text[i] is not ('"' or '`' or '{'))
        {
            i++;
        }

        var name = _text[nameStart..i];
        if (name.Length == 0 || !ValidName().IsMatch(name))
        {
            return Malformed(start, name.Length == 0 ? $"'{_text[start..(start + 3)]}' is not followed by a shortcode's name." : $"'{name}' is not a shortcode's name.");
        }

        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            i = SkipSpace(i);
            if (i >= _text.Length || At(i, "{{<") || At(i, "{{%"))
            {
                return Malformed(start, $"'{_text[start..(start + 3)]} {(closing ? "/" : "")}{name}' is never closed with '{close}'.");
            }

            if (At(i, other))
            {
                return Malformed(start, $"'{_text[start..(start + 3)]} {(closing ? "/" : "")}{name}' closes with '{other}': a shortcode opened with '{_text[start..(start + 3)]}' closes with '{close}'.");
            }

            if (At(i, close) || SelfClose(i, close))
            {
                var selfClosing = !At(i, close);
                var end = _text.IndexOf(close, i, StringComparison.Ordinal) + close.Length;
                return Add(new ShortcodeToken(ShortcodeTokenKind.Tag, start, end)
                {
                    Name = name,
                    Markdown = markdown,
                    Closing = closing,
                    SelfClosing = selfClosing,
                    Arguments = new ShortcodeArguments(positional, named),
                });
            }

            var key = ParameterName().Match(_text, i);
            var valueStart = key.Success ? i + key.Length : i;
            if (Value(valueStart, close) is not { } value)
            {
                return Malformed(start, $"A quoted parameter of '{_text[start..(start + 3)]} {name}' is never closed.");
            }

            // Only '{{' stops a word before its first character; reading on from here would read nothing for ever.
            if (value.End == i)
            {
                return Malformed(start, $"'{{{{' inside '{_text[start..(start + 3)]} {name}' is not a parameter: a shortcode's parameters cannot hold a template action.");
            }

            if (key.Success)
            {
                named[key.Groups[1].Value] = value.Text;
            }
            else
            {
                positional.Add(value.Text);
            }

            i = value.End;
        }
    }

    private bool SelfClose(int i, string close) => At(i, '/') && At(SkipSpace(i + 1), close);

    private int SkipSpace(int i)
    {
        while (i < _text.Length && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>A parameter's value: <c>"quoted \" text"</c>, <c>`raw text`</c>, or a word up to a space or the end of the tag.</summary>
    private (string Text, int End)? Value(int start, string close)
    {
        if (At(start, '`'))
        {
            var end = _text.IndexOf('`', start + 1);
            return end < 0 ? null : (_text[(start + 1)..end], end + 1);
        }

        if (At(start, '"'))
        {
            var value = new StringBuilder();
            for (var i = start + 1; i < _text.Length; i++)
            {
                if (_text[i] == '\\' && i + 1 < _text.Length && _text[i + 1] is '"' or '\\')
                {
                    value.Append(_text[++i]);
                }
                else if (_text[i] == '"')
                {
                    return (value.ToString(), i + 1);
                }
                else
                {
                    value.Append(_text[i]);
                }
            }

            return null;
        }

        var word = start;
        while (word < _text.Length && !char.IsWhiteSpace(_text[word]) && !At(word, close) && !SelfClose(word, close) && !At(word, "{{"))
        {
            word++;
        }

        return (_text[start..word], word);
    }

    private int Malformed(int start, string reason)
    {
        _malformed(start, reason);
        // The broken tag goes up to the end of its line: what follows is read as usual.
        return Add(new ShortcodeToken(ShortcodeTokenKind.Malformed, start, LineEnd(start)));
    }

    [GeneratedRegex(@"\G[ \t]*(`{3,}|~{3,})")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"\*/\s*(>\}\}|%\}\})")]
    private static partial Regex CommentEnd();

    [GeneratedRegex(@"\G([A-Za-z_][\w-]*)=")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"^[\w][\w./-]*$")]
    private static partial Regex ValidName();

    [GeneratedRegex(@"(\{\{[<%])\s*/\*([\s\S]*?)\*/\s*([>%]\}\})")]
    private static partial Regex CommentInCode();
}
