using System.Text.RegularExpressions;
using Inkstone.Diagnostics;

namespace Inkstone.Markdown.Liquid;

/// <summary>
/// What each token of a template is: text, a tag with its handler, a block's opening or end, Liquid for Fluid, or
/// left out. Blocks are matched here, so that an unknown tag, an end tag without its opening or a block that is
/// never closed is reported once at its own line and left out, and Fluid only ever sees a well-nested template.
/// </summary>
internal sealed partial class TemplateStructure
{
    private readonly string _text;
    private readonly IReadOnlyList<TemplateToken> _tokens;
    private readonly TagCatalog _catalog;
    private readonly Func<int, SourceLocation> _locate;
    private readonly TemplateProblems _problems;
    private readonly List<(int Token, string Name)> _open = [];

    private TemplateStructure(string text, IReadOnlyList<TemplateToken> tokens, TagCatalog catalog, Func<int, SourceLocation> locate, TemplateProblems problems)
    {
        _text = text;
        _tokens = tokens;
        _catalog = catalog;
        _locate = locate;
        _problems = problems;
        Roles = new TokenRole[tokens.Count];
        Group = Enumerable.Range(0, tokens.Count).ToArray();
        Calls = new TagCall?[tokens.Count];
    }

    public TokenRole[] Roles { get; }

    /// <summary>For Liquid's own blocks, the token that opened each part (<c>if</c> for its <c>else</c> and <c>endif</c>): they are left out together.</summary>
    public int[] Group { get; }

    public TagCall?[] Calls { get; }

    /// <param name="locate">The place in the file of an offset in <paramref name="text"/>.</param>
    public static TemplateStructure Read(string text, IReadOnlyList<TemplateToken> tokens, TagCatalog catalog, Func<int, SourceLocation> locate, TemplateProblems problems)
    {
        var structure = new TemplateStructure(text, tokens, catalog, locate, problems);
        structure.Classify();
        return structure;
    }

    /// <summary>Leaves out a token and, for Liquid's own blocks, every part of its block.</summary>
    public void Drop(int token)
    {
        var group = Group[token];
        for (var i = 0; i < Roles.Length; i++)
        {
            if (Group[i] == group)
            {
                Roles[i] = TokenRole.Dropped;
            }
        }
    }

    private void Classify()
    {
        var ends = _tokens.Where(t => t.Kind == TemplateTokenKind.Tag && t.Name.StartsWith("end", StringComparison.Ordinal)).Select(t => t.Name[3..]).ToHashSet(StringComparer.Ordinal);
        var evaluates = _catalog.Dialect != TemplateDialect.TagsOnly;
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            Roles[i] = token.Kind switch
            {
                TemplateTokenKind.Text => TokenRole.Text,
                TemplateTokenKind.Literal => TokenRole.Literal,
                TemplateTokenKind.Output => TokenRole.Liquid,
                _ => TokenRole.Dropped,
            };
            if (token.Kind != TemplateTokenKind.Tag)
            {
                continue;
            }

            var name = token.Name;
            var handler = _catalog.Find(name);
            if (name.StartsWith("end", StringComparison.Ordinal) && handler is null)
            {
                Close(i, name[3..]);
            }
            else if (handler is not null)
            {
                Roles[i] = handler.Shape switch
                {
                    TagShape.Block => Open(i, name, TokenRole.BlockOpen),
                    TagShape.Code when token.Content is null => Unclosed(i, name),
                    _ => TokenRole.Tag,
                };
                Calls[i] = Call(i);
            }
            else if (evaluates && name is "include" or "include_relative" && _catalog.Dialect == TemplateDialect.Liquid)
            {
                Roles[i] = TokenRole.Include;
                Calls[i] = Call(i);
            }
            else if (name is "raw" or "comment")
            {
                Roles[i] = Unclosed(i, name);
            }
            else if (evaluates && StandardTags.IsBlock(name) && HugeRange(token.Arguments) is { } range)
            {
                // Fluid makes a list of every number of a range before the loop starts.
                _problems.Syntax(_locate(token.Start), $"The range {range} in '{{% {name} %}}' is too long to loop over, so the loop is left out.", "Loop over at most 10,000 numbers.");
                Open(i, name, TokenRole.Liquid);
                Drop(i);
            }
            else if (evaluates && StandardTags.IsBlock(name))
            {
                Roles[i] = Open(i, name, TokenRole.Liquid);
            }
            else if (evaluates && StandardTags.IsContinuation(name))
            {
                Roles[i] = Continue(i, name);
            }
            else if (evaluates && StandardTags.IsInline(name))
            {
                Roles[i] = TokenRole.Liquid;
            }
            else
            {
                // An unknown tag with an end tag later is a block: both are left out and what they enclose is shown.
                var hasBody = ends.Contains(name);
                _problems.UnknownTag(Call(i), hasBody);
                if (hasBody)
                {
                    _open.Add((i, name));
                }
            }
        }

        foreach (var (token, name) in _open)
        {
            if (Roles[token] != TokenRole.Dropped)
            {
                Unclosed(token, name);
            }
        }
    }

    private TokenRole Open(int token, string name, TokenRole role)
    {
        _open.Add((token, name));
        return role;
    }

    private TokenRole Continue(int token, string name)
    {
        if (_open.Count > 0 && StandardTags.Continues(_open[^1].Name, name) && Roles[_open[^1].Token] == TokenRole.Liquid)
        {
            Group[token] = Group[_open[^1].Token];
            return TokenRole.Liquid;
        }

        _problems.Syntax(_locate(_tokens[token].Start), $"'{{% {name} %}}' stands outside the block it belongs to, so it is left out.",
            $"'{name}' belongs inside {(name == "when" ? "'{% case %}'" : "'{% if %}', '{% unless %}' or '{% for %}'")}.");
        return TokenRole.Dropped;
    }

    /// <summary>An end tag: closes its block, and any block opened inside it and never closed is reported and left out.</summary>
    private void Close(int token, string name)
    {
        var index = _open.FindLastIndex(o => o.Name == name);
        if (index < 0)
        {
            if (_catalog.Find(name) is not null || StandardTags.IsBlock(name))
            {
                _problems.Syntax(_locate(_tokens[token].Start), $"'{{% end{name} %}}' has no '{{% {name} %}}' before it, so it is left out.");
            }
            else if (Roles[token] == TokenRole.Dropped && !_tokens.Take(token).Any(t => t.Name == name))
            {
                _problems.UnknownTag(Call(token), hasBody: false);
            }

            Roles[token] = TokenRole.Dropped;
            return;
        }

        for (var i = _open.Count - 1; i > index; i--)
        {
            Unclosed(_open[i].Token, _open[i].Name);
        }

        var (opening, _) = _open[index];
        _open.RemoveRange(index, _open.Count - index);
        switch (Roles[opening])
        {
            case TokenRole.BlockOpen:
                Roles[token] = TokenRole.BlockClose;
                Calls[opening] = Calls[opening]! with { Closing = Call(token) };
                Group[token] = opening;
                break;
            case TokenRole.Liquid:
                Roles[token] = TokenRole.Liquid;
                Group[token] = Group[opening];
                break;
            default:
                Roles[token] = TokenRole.Dropped; // the end of an unknown block, reported at its opening
                break;
        }
    }

    private TokenRole Unclosed(int token, string name)
    {
        if (Roles[token] != TokenRole.Dropped || _catalog.Find(name) is not null || name is "raw" or "comment")
        {
            _problems.Syntax(_locate(_tokens[token].Start), $"'{{% {name} %}}' is never closed with '{{% end{name} %}}', so it is left out.");
        }

        Drop(token);
        return TokenRole.Dropped;
    }

    private static string? HugeRange(string arguments)
    {
        var range = LiteralRange().Match(arguments);
        return range.Success && long.TryParse(range.Groups[1].Value, out var from) && long.TryParse(range.Groups[2].Value, out var to) && System.Math.Abs(to - from) > 10_000
            ? range.Value
            : null;
    }

    private TagCall Call(int index)
    {
        var token = _tokens[index];
        var lineStart = token.Start == 0 ? 0 : _text.LastIndexOf('\n', token.Start - 1) + 1;
        var before = _text.AsSpan(lineStart, token.Start - lineStart);
        var lineEnd = _text.IndexOf('\n', token.End) is var end and >= 0 ? end : _text.Length;
        return new TagCall(token.Name, token.Arguments, _locate(token.Start))
        {
            Indent = before.IsWhiteSpace() ? before.ToString() : null,
            Continuation = before.IsWhiteSpace() ? "" : TemplateText.Continuation(before),
            EndsLine = _text.AsSpan(token.End, lineEnd - token.End).IsWhiteSpace(),
        };
    }

    [GeneratedRegex(@"\(\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*\)")]
    private static partial Regex LiteralRange();
}
