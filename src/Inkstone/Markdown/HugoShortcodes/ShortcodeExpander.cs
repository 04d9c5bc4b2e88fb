using System.Text;
using Inkstone.Diagnostics;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Writes a post's Hugo shortcodes out as the Markdown Inkstone reads, before Markdown is parsed, as Hugo renders them:
/// each known shortcode becomes Inkstone's own component (a figure, a callout, tabs, highlighted code, math, a card),
/// what it encloses written out first; the blocks they ask for are bound after parsing (<see cref="TagBlocks"/>). A
/// shortcode Inkstone cannot run (the site's own template, or one it does not know) is one warning at its tag, and
/// what it encloses is shown; broken syntax is one warning and is left out, so no raw <c>{{&lt;</c> reaches a reader.
/// </summary>
internal sealed class ShortcodeExpander
{
    private readonly string _text;
    private readonly ShortcodeRun _run;
    private readonly Func<int, SourceLocation> _locate;

    private ShortcodeExpander(string text, ShortcodeRun run, Func<int, SourceLocation> locate)
    {
        _text = text;
        _run = run;
        _locate = locate;
    }

    /// <summary>Whether the text may hold a shortcode at all; a body without one costs nothing more.</summary>
    public static bool MayHold(string text) => text.Contains("{{<", StringComparison.Ordinal) || text.Contains("{{%", StringComparison.Ordinal);

    /// <param name="locate">Where an offset of <paramref name="text"/> was written.</param>
    public static string Expand(string text, ShortcodeRun run, Func<int, SourceLocation> locate)
    {
        var tokens = ShortcodeScanner.Scan(text, (offset, reason) => run.Syntax(locate(offset), reason));
        var root = ShortcodeTreeBuilder.Build(tokens, name => run.Site.Find(name)?.Body, (offset, reason) => run.Syntax(locate(offset), reason));
        return new ShortcodeExpander(text, run, locate).Write(root, null);
    }

    private string Write(ShortcodeNode node, Shortcode? parent)
    {
        var markdown = new StringBuilder();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in node.Children)
        {
            var token = child.Token!;
            switch (token.Kind)
            {
                case ShortcodeTokenKind.Text:
                    markdown.Append(_text, token.Start, token.End - token.Start);
                    break;
                case ShortcodeTokenKind.Code:
                    markdown.Append(token.Content);
                    break;
                case ShortcodeTokenKind.Comment:
                    markdown.Append(MarkdownWriter.Text(token.Content!));
                    break;
                case ShortcodeTokenKind.Tag:
                    var ordinal = counts.GetValueOrDefault(token.Name);
                    counts[token.Name] = ordinal + 1;
                    var call = Call(child, parent, ordinal);
                    var output = child.Dropped ? "" : Render(child, call);
                    // A block is written at the tag's indentation, which it takes the place of.
                    if (call.Tag.Indent is { Length: > 0 } indent && output.StartsWith(indent, StringComparison.Ordinal) && EndsWith(markdown, indent))
                    {
                        markdown.Length -= indent.Length;
                    }

                    markdown.Append(output);
                    break;
            }
        }

        return markdown.ToString();
    }

    private string Render(ShortcodeNode node, Shortcode call)
    {
        if (_run.Site.Find(call.Name) is not { } handler)
        {
            Unknown(call, node.Close is not null);
            return node.Close is null ? "" : TemplateText.Dedent(Write(node, call), (call.Tag.Indent ?? "").Length);
        }

        return handler.Render(call, handler.Body == ShortcodeBody.Markdown ? Write(node, call) : call.RawInner, _run);
    }

    private void Unknown(Shortcode call, bool encloses)
    {
        var template = _run.Site.Template(call.Name);
        var place = $"layouts/shortcodes/{call.Name}.html";
        _run.Context.Dependencies?.FileExists(template ?? place, template is not null);
        var shown = encloses ? " and what it encloses is shown" : "";
        if (template is not null)
        {
            _run.Warning(DiagnosticIds.ShortcodeNotRun, call.Location,
                $"'{call.Written}' is the site's own shortcode ({template}), which Inkstone does not run, so it is left out{shown}.",
                "Write what it produced in Markdown, or use a shortcode Inkstone reads (figure, highlight, details, tabs, notice and others in the README).");
        }
        else
        {
            _run.Warning(DiagnosticIds.UnknownShortcode, call.Location,
                $"Inkstone does not know the shortcode '{call.Written}', so it is left out{shown}.",
                $"Write what it produced in Markdown, or put the text in code (or write '{{{{</* {call.Name} */>}}}}') if it is meant to be shown.");
        }
    }

    private Shortcode Call(ShortcodeNode node, Shortcode? parent, int ordinal)
    {
        var token = node.Token!;
        var tag = TagCall(token) with { Closing = node.Close is { } close ? TagCall(close) : null };
        return new Shortcode(token, _locate(token.Start), tag)
        {
            RawInner = node.Close is { } end ? ShortcodeScanner.Uncomment(_text[token.End..end.Start]) : "",
            Parent = parent,
            Ordinal = ordinal,
        };
    }

    /// <summary>The tag as Liquid's tags see theirs, so that blocks and code are written as theirs are: what stands before it on its line, whether it ends its line.</summary>
    private TagCall TagCall(ShortcodeToken token)
    {
        var lineStart = token.Start == 0 ? 0 : _text.LastIndexOf('\n', token.Start - 1) + 1;
        var before = _text.AsSpan(lineStart, token.Start - lineStart);
        var lineEnd = _text.IndexOf('\n', token.End) is var end and >= 0 ? end : _text.Length;
        return new TagCall(token.Name, "", _locate(token.Start))
        {
            // A blockquote's markers count as indentation: what the shortcode writes stays in the quote.
            Indent = before.TrimStart(" \t>").IsEmpty ? before.ToString() : null,
            Continuation = before.TrimStart(" \t>").IsEmpty ? "" : TemplateText.Continuation(before),
            EndsLine = _text.AsSpan(token.End, lineEnd - token.End).IsWhiteSpace(),
        };
    }

    private static bool EndsWith(StringBuilder text, string end)
    {
        if (text.Length < end.Length)
        {
            return false;
        }

        for (var i = 0; i < end.Length; i++)
        {
            if (text[text.Length - end.Length + i] != end[i])
            {
                return false;
            }
        }

        return true;
    }
}
