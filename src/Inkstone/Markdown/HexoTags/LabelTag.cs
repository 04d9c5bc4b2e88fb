using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>NexT's <c>{% label [class]@text %}</c> and Butterfly's <c>{% label text [colour] %}</c>: a word set off in the colour of its kind.</summary>
internal sealed class LabelTag : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var text = string.Join(' ', HexoArguments.Split(tag.Arguments));
        string kind, words;
        if (text.IndexOf('@') is var at and >= 0)
        {
            (kind, words) = (text[..at].Trim(), text[(at + 1)..].Trim());
        }
        else
        {
            var arguments = HexoArguments.Split(tag.Arguments);
            (kind, words) = arguments.Count > 1 ? (arguments[^1], string.Join(' ', arguments[..^1])) : ("", text);
        }

        var modifier = kind.Length > 0 && kind.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? kind.ToLowerInvariant() : "default";
        return $"<span class=\"label label--{modifier}\">{MarkdownWriter.Html(words)}</span>";
    }
}
