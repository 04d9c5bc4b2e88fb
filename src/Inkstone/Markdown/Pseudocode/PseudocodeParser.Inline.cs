using Inkstone.Diagnostics;
using Inkstone.Markdown.Math;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;

namespace Inkstone.Markdown.Pseudocode;

/// <summary>The text of a line: words, formulas, keywords, styles, calls and the arguments in braces.</summary>
internal sealed partial class PseudocodeParser
{
    private void Inline(PseudoToken token, List<PseudoInline> into)
    {
        switch (token.Kind)
        {
            case PseudoTokenKind.Text:
                AppendWords(into, token.Value);
                break;
            case PseudoTokenKind.Space:
                AppendWords(into, " ");
                break;
            case PseudoTokenKind.Math:
                AddMath(token.ValueStart, token.ValueStart + token.Value.Length, into);
                break;
            case PseudoTokenKind.Open:
                _at--;
                into.AddRange(Group(token));
                break;
        }
    }

    private void InlineCommand(PseudoToken token, PseudoCommand command, List<PseudoInline> into)
    {
        switch (command.Role)
        {
            case PseudoCommandRole.Keyword:
                into.Add(new PseudoKeyword(command.Shown));
                break;
            case PseudoCommandRole.Words:
                AppendWords(into, command.Shown);
                break;
            case PseudoCommandRole.Style:
                var content = Group(token);
                Trim(content);
                into.Add(new PseudoStyled(command.Style, content));
                break;
            case PseudoCommandRole.Call:
                var name = Group(token);
                var arguments = Group(token);
                Trim(name);
                Trim(arguments);
                into.Add(new PseudoCall(name, arguments));
                break;
            case PseudoCommandRole.Reference:
                // \ref{name} in text is the formula \ref{name}: the post's math links it, and a lone reference is a plain link.
                var (_, offset, length) = RawGroup(token);
                if (length > 0 || offset > token.Start)
                {
                    into.Add(Formula(token.Start, System.Math.Min(_text.Length, offset + length + 1)));
                }

                break;
            default:
                Problem(PseudocodeProblem.Syntax(token.Start, token.Length, $"\\{token.Value} cannot stand inside a line's text.", "Put it at the start of a line of its own."));
                break;
        }
    }

    /// <summary>The content of the braces after <paramref name="command"/>; a problem when there are none.</summary>
    private List<PseudoInline> Group(PseudoToken command)
    {
        var content = new List<PseudoInline>();
        while (_at < _tokens.Count && _tokens[_at].Kind == PseudoTokenKind.Space)
        {
            _at++;
        }

        if (_at >= _tokens.Count || _tokens[_at].Kind != PseudoTokenKind.Open)
        {
            Problem(PseudocodeProblem.Syntax(command.Start, command.Length, $"\\{command.Value} needs its argument in braces.", $"Write \\{command.Value}{{...}}."));
            _outside = true; // the text meant as the argument is the same mistake
            return content;
        }

        var open = _tokens[_at++];
        while (_at < _tokens.Count)
        {
            var token = _tokens[_at++];
            switch (token.Kind)
            {
                case PseudoTokenKind.Close:
                    return content;
                case PseudoTokenKind.Command when PseudoCommand.Find(token.Value) is not { } unknown:
                    Command(token);
                    break;
                case PseudoTokenKind.Command:
                    var found = PseudoCommand.Find(token.Value)!;
                    if (found.Role is PseudoCommandRole.Keyword or PseudoCommandRole.Words or PseudoCommandRole.Style or PseudoCommandRole.Call or PseudoCommandRole.Reference)
                    {
                        InlineCommand(token, found, content);
                    }
                    else
                    {
                        Problem(PseudocodeProblem.Syntax(token.Start, token.Length, $"\\{token.Value} cannot stand inside braces.", "Close the braces before it."));
                    }

                    break;
                default:
                    Inline(token, content);
                    break;
            }
        }

        Problem(PseudocodeProblem.Syntax(open.Start, 1, "This { is never closed.", "Close it with }, or write \\{ for a brace."));
        return content;
    }

    /// <summary>The text between the braces after <paramref name="command"/> as written, with its offset and length.</summary>
    private (string Text, int Offset, int Length) RawGroup(PseudoToken command)
    {
        while (_at < _tokens.Count && _tokens[_at].Kind == PseudoTokenKind.Space)
        {
            _at++;
        }

        if (_at >= _tokens.Count || _tokens[_at].Kind != PseudoTokenKind.Open)
        {
            Problem(PseudocodeProblem.Syntax(command.Start, command.Length, $"\\{command.Value} needs its argument in braces.", $"Write \\{command.Value}{{...}}."));
            return ("", command.Start, 0);
        }

        var open = _tokens[_at];
        var depth = 0;
        for (var i = _at; i < _tokens.Count; i++)
        {
            depth += _tokens[i].Kind switch { PseudoTokenKind.Open => 1, PseudoTokenKind.Close => -1, _ => 0 };
            if (depth == 0)
            {
                _at = i + 1;
                return (_text[open.End.._tokens[i].Start].Trim(), open.End, _tokens[i].Start - open.End);
            }
        }

        Problem(PseudocodeProblem.Syntax(open.Start, 1, "This { is never closed.", "Close it with }, or write \\{ for a brace."));
        _at = _tokens.Count;
        return ("", open.End, 0);
    }

    /// <summary>
    /// A formula, cut where it holds <c>\Call{Name}{...}</c> or <c>\textsc{...}</c>: algorithmicx lets them stand in math,
    /// and the name is set in small capitals as text while the arguments stay math.
    /// </summary>
    private void AddMath(int start, int end, List<PseudoInline> into)
    {
        var from = start;
        var i = start;
        while (i < end)
        {
            if (_text[i] == '\\' && NameAt(i + 1, end) is { } name && (name is "Call" or "CALL" or "textsc" or "textproc")
                && Braces(i + 1 + name.Length, end) is { } first)
            {
                var second = name is "Call" or "CALL" ? Braces(first.Close + 1, end) : null;
                if (name is "Call" or "CALL" && second is null)
                {
                    i++;
                    continue;
                }

                AddFormula(from, i, into);
                if (i > start && _text[i - 1] == ' ')
                {
                    AppendWords(into, " ");
                }

                var shown = new List<PseudoInline> { new PseudoWords(_text[(first.Open + 1)..first.Close].Trim()) };
                if (second is { } args)
                {
                    var arguments = new List<PseudoInline>();
                    AddFormula(args.Open + 1, args.Close, arguments);
                    into.Add(new PseudoCall(shown, arguments));
                    from = i = args.Close + 1;
                }
                else
                {
                    into.Add(new PseudoStyled(PseudoStyle.SmallCaps, shown));
                    from = i = first.Close + 1;
                }

                continue;
            }

            i += _text[i] == '\\' ? 2 : 1;
        }

        if (from > start && from < end && _text[from] == ' ')
        {
            AppendWords(into, " ");
        }

        AddFormula(from, end, into);
    }

    private void AddFormula(int start, int end, List<PseudoInline> into)
    {
        if (_text.AsSpan(start, end - start).IsWhiteSpace())
        {
            return;
        }

        into.Add(Formula(start, end));
    }

    private PseudoFormula Formula(int start, int end)
    {
        var math = new MathInline { Content = new StringSlice(_text[start..end]), Delimiter = '$', DelimiterCount = 1 };
        math.SetData(typeof(FormulaOffsets), new FormulaOffsets(_offsets[start..(end + 1)]));
        _formulas.Add(math);
        return new PseudoFormula(math);
    }

    private string? NameAt(int start, int end)
    {
        var i = start;
        while (i < end && char.IsAsciiLetter(_text[i]))
        {
            i++;
        }

        return i > start ? _text[start..i] : null;
    }

    /// <summary>The braces that open at <paramref name="start"/> (after spaces) and their match, within the formula.</summary>
    private (int Open, int Close)? Braces(int start, int end)
    {
        while (start < end && _text[start] == ' ')
        {
            start++;
        }

        if (start >= end || _text[start] != '{')
        {
            return null;
        }

        var depth = 0;
        for (var i = start; i < end; i++)
        {
            switch (_text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return (start, i);
            }
        }

        return null;
    }

    private static void AppendWords(List<PseudoInline> into, string words)
    {
        if (words.Length == 0)
        {
            return;
        }

        if (into.Count > 0 && into[^1] is PseudoWords last)
        {
            if (words == " " && last.Text.EndsWith(' '))
            {
                return;
            }

            into[^1] = new PseudoWords(last.Text + words);
            return;
        }

        if (words == " " && into.Count == 0)
        {
            return;
        }

        into.Add(new PseudoWords(words));
    }

    private static void Trim(List<PseudoInline>? text)
    {
        if (text is null)
        {
            return;
        }

        if (text.Count > 0 && text[0] is PseudoWords first)
        {
            text[0] = new PseudoWords(first.Text.TrimStart(' '));
        }

        if (text.Count > 0 && text[^1] is PseudoWords last)
        {
            text[^1] = new PseudoWords(last.Text.TrimEnd(' '));
        }

        text.RemoveAll(piece => piece is PseudoWords { Text.Length: 0 });
    }
}
