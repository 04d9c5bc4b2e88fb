using System.Text.RegularExpressions;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// Splits a post's body into text, outputs (<c>{{ }}</c>) and tags (<c>{% %}</c>) as Jekyll's and Hexo's template
/// engines see it, except that code is never a template: fenced code, inline code and the bodies of tags such as
/// <c>{% highlight %}</c> are kept as written, and only the <c>{% raw %}</c> markers writers put there for those
/// engines are taken out. The bodies of <c>{% raw %}</c> are kept as written too, and comments are dropped. Hugo's
/// shortcodes are left for Markdown/HugoShortcodes/, whole with their bodies where those are code (<c>{{&lt; highlight &gt;}}</c>).
/// </summary>
internal sealed partial class TemplateScanner
{
    private readonly string _text;
    private readonly TemplateDialect _dialect;
    private readonly Func<string, bool> _hasCodeBody;
    private readonly Func<string, bool> _shortcodeHasCodeBody;
    private readonly List<TemplateToken> _tokens = [];
    private int _textStart;

    private TemplateScanner(string text, TemplateDialect dialect, Func<string, bool> hasCodeBody, Func<string, bool> shortcodeHasCodeBody)
    {
        _text = text;
        _dialect = dialect;
        _hasCodeBody = hasCodeBody;
        _shortcodeHasCodeBody = shortcodeHasCodeBody;
    }

    /// <param name="hasCodeBody">Whether a tag's body is code, kept as written up to its end tag (<c>highlight</c>, <c>codeblock</c>).</param>
    /// <param name="shortcodeHasCodeBody">The same for a Hugo shortcode, kept as written up to its end tag.</param>
    public static IReadOnlyList<TemplateToken> Scan(string text, TemplateDialect dialect, Func<string, bool> hasCodeBody, Func<string, bool>? shortcodeHasCodeBody = null)
    {
        var scanner = new TemplateScanner(text, dialect, hasCodeBody, shortcodeHasCodeBody ?? (_ => false));
        scanner.Run();
        return scanner._tokens;
    }

    private bool Evaluates => _dialect != TemplateDialect.TagsOnly;

    private void Run()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var end = (i == 0 || _text[i - 1] == '\n') && Fence(i) is var fence and > 0 ? fence
                : _text[i] switch
                {
                    '`' when i == 0 || _text[i - 1] != '\\' => InlineCode(i),
                    '{' when At(i + 1, '%') => Tag(i),
                    // Hugo's shortcodes are left as written for Markdown/HugoShortcodes/, even where Liquid is not evaluated.
                    '{' when At(i + 1, '{') && (Evaluates || At(i + 2, '<') || At(i + 2, '%')) => Output(i),
                    '{' when At(i + 1, '#') && _dialect == TemplateDialect.Nunjucks => Comment(i),
                    '$' when At(i + 1, '$') && Evaluates => DisplayMath(i),
                    _ => -1,
                };
            if (end > 0)
            {
                i = end;
            }
            else
            {
                // An opening run of backticks without its closing run is text, all of it.
                i += _text[i] == '`' ? RunLength(i, '`') : 1;
            }
        }

        Flush(_text.Length);
    }

    private bool At(int index, char c) => index < _text.Length && _text[index] == c;

    private int RunLength(int start, char c)
    {
        var end = start;
        while (end < _text.Length && _text[end] == c)
        {
            end++;
        }

        return end - start;
    }

    private void Flush(int end)
    {
        if (end > _textStart)
        {
            _tokens.Add(new TemplateToken(TemplateTokenKind.Text, _textStart, end));
        }
    }

    private int Add(TemplateToken token)
    {
        Flush(token.Start);
        _tokens.Add(token);
        _textStart = token.End;
        return token.End;
    }

    private int Literal(int start, int end, string content) => Add(new TemplateToken(TemplateTokenKind.Literal, start, end) { Content = content });

    /// <summary>A fenced code block starting at this line, kept whole up to its closing fence (or the end, as CommonMark reads an unclosed one).</summary>
    private int Fence(int start)
    {
        var lineEnd = LineEnd(start);
        var open = FenceOpen().Match(_text, start, lineEnd - start);
        if (!open.Success || (open.Groups[1].Value[0] == '`' && _text.AsSpan(open.Index + open.Length, lineEnd - open.Index - open.Length).Contains('`')))
        {
            return -1;
        }

        var marker = open.Groups[1].Value;
        var end = _text.Length;
        for (var line = lineEnd + 1; line < _text.Length; line = LineEnd(line) + 1)
        {
            var content = _text.AsSpan(line, LineEnd(line) - line).Trim();
            if (content.Length >= marker.Length && content.TrimStart(marker[0]).IsEmpty && content.StartsWith(marker, StringComparison.Ordinal))
            {
                end = LineEnd(line);
                break;
            }
        }

        return Literal(start, end, Code(start, end));
    }

    private int LineEnd(int index)
    {
        var end = _text.IndexOf('\n', index);
        return end < 0 ? _text.Length : end;
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
                    return Literal(start, i + run, Code(start, i + run));
                }

                i += run - 1;
            }
        }

        return -1;
    }

    /// <summary>Code as written, less the <c>{% raw %}</c> markers that kept Jekyll and Hexo from evaluating it (a marker alone on its line goes with its line).</summary>
    private string Code(int start, int end)
    {
        var code = _text[start..end];
        return Evaluates && code.Contains("raw", StringComparison.Ordinal) ? RawMarker().Replace(RawMarkerLine().Replace(code, ""), "") : code;
    }

    private int Tag(int start)
    {
        var close = _text.IndexOf("%}", start + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            return -1;
        }

        var inner = _text[(start + 2)..close];
        var trimBefore = inner.StartsWith('-');
        var trimAfter = inner.EndsWith('-') && inner.Length > 1;
        var core = inner[(trimBefore ? 1 : 0)..(inner.Length - (trimAfter ? 1 : 0))].Trim();
        var name = TagName().Match(core).Value;
        var arguments = core[name.Length..].Trim();
        var end = close + 2;
        if (name is "raw" or "comment" || (name.Length > 0 && _hasCodeBody(name)))
        {
            if (EndTag(name, end) is { } endTag)
            {
                var body = _text[end..endTag.Index];
                return name switch
                {
                    "raw" => Literal(start, endTag.Index + endTag.Length, body),
                    "comment" => Literal(start, endTag.Index + endTag.Length, ""),
                    _ => Add(new TemplateToken(TemplateTokenKind.Tag, start, endTag.Index + endTag.Length)
                    {
                        Name = name,
                        Arguments = arguments,
                        Content = Evaluates ? RawMarker().Replace(body, "") : body,
                        TrimBefore = trimBefore,
                    }),
                };
            }
        }

        return Add(new TemplateToken(TemplateTokenKind.Tag, start, end) { Name = name, Arguments = arguments, TrimBefore = trimBefore, TrimAfter = trimAfter });
    }

    /// <summary>The first <c>{% endNAME %}</c> from <paramref name="from"/>.</summary>
    private Match? EndTag(string name, int from)
    {
        for (var i = _text.IndexOf("{%", from, StringComparison.Ordinal); i >= 0; i = _text.IndexOf("{%", i + 2, StringComparison.Ordinal))
        {
            var match = EndTagAt().Match(_text, i);
            if (match.Success && match.Groups[1].Value == name)
            {
                return match;
            }
        }

        return null;
    }

    private int Output(int start)
    {
        var close = _text.IndexOf("}}", start + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            return -1;
        }

        // {{< shortcode >}} and {{% shortcode %}} are Hugo's, never Liquid.
        if (!At(start + 2, '<') && !At(start + 2, '%'))
        {
            return Add(new TemplateToken(TemplateTokenKind.Output, start, close + 2));
        }

        var selfClosing = _text.AsSpan(start + 3, close - 1 - (start + 3)).TrimEnd().EndsWith('/');
        var end = !selfClosing && ShortcodeOpening().Match(_text, start) is { Success: true } open && _shortcodeHasCodeBody(open.Groups[1].Value)
            ? ShortcodeEnd(open.Groups[1].Value, close + 2)
            : close + 2;
        return Literal(start, end, _text[start..end]);
    }

    /// <summary>Where the first end tag of the shortcode <paramref name="name"/> from <paramref name="from"/> ends; <paramref name="from"/> when there is none.</summary>
    private int ShortcodeEnd(string name, int from)
    {
        for (var i = _text.IndexOf("{{", from, StringComparison.Ordinal); i >= 0; i = _text.IndexOf("{{", i + 2, StringComparison.Ordinal))
        {
            var match = ShortcodeClosing().Match(_text, i);
            if (match.Success && match.Groups[1].Value == name)
            {
                return match.Index + match.Length;
            }
        }

        return from;
    }

    private int Comment(int start)
    {
        var close = _text.IndexOf("#}", start + 2, StringComparison.Ordinal);
        return close < 0 ? -1 : Literal(start, close + 2, "");
    }

    /// <summary>Display math is TeX, whose braces (<c>x^{{a}}</c>) Liquid must not read; it ends within its paragraph.</summary>
    private int DisplayMath(int start)
    {
        for (var i = start + 2; i + 1 < _text.Length; i++)
        {
            if (_text[i] == '\n' && _text.AsSpan(i + 1, LineEnd(i + 1) - i - 1).IsWhiteSpace())
            {
                return -1;
            }

            if (_text[i] == '$' && _text[i + 1] == '$')
            {
                return Literal(start, i + 2, _text[start..(i + 2)]);
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\G[ \t]*(`{3,}|~{3,})")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"^([A-Za-z_][\w-]*|#)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"\G\{\{[<%]\s*([\w][\w./-]*)")]
    private static partial Regex ShortcodeOpening();

    [GeneratedRegex(@"\G\{\{[<%]\s*/\s*([\w][\w./-]*)\s*[>%]\}\}")]
    private static partial Regex ShortcodeClosing();

    [GeneratedRegex(@"\G\{%-?\s*end([A-Za-z_][\w-]*)\s*-?%\}")]
    private static partial Regex EndTagAt();

    [GeneratedRegex(@"\{%-?\s*(?:end)?raw\s*-?%\}")]
    private static partial Regex RawMarker();

    [GeneratedRegex(@"^[ \t]*\{%-?\s*(?:end)?raw\s*-?%\}[ \t]*\r?\n", RegexOptions.Multiline)]
    private static partial Regex RawMarkerLine();
}
