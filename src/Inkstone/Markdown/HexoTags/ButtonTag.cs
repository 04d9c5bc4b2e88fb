using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// NexT's <c>{% button url, text, [icon], [title] %}</c> and Butterfly's <c>{% btn url, text, [icon], [options] %}</c>: a
/// link drawn as a button. Font Awesome icons are left out; Butterfly's options (<c>outline</c>, <c>block</c>, a colour)
/// become modifiers.
/// </summary>
internal sealed class ButtonTag : ITagHandler
{
    private static readonly HashSet<string> Options = ["outline", "center", "block", "larger", "default", "blue", "pink", "red", "purple", "orange", "green"];

    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var parts = HexoArguments.Commas(tag.Arguments);
        var url = parts[0];
        var text = parts.Count > 1 ? parts[1] : url;
        var last = parts.Count > 3 ? parts[3] : "";
        var options = last.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var modifiers = options.Length > 0 && options.All(Options.Contains) ? string.Concat(options.Select(o => " button--" + o)) : "";
        var title = modifiers.Length == 0 && last.Length > 0 ? $" title=\"{MarkdownWriter.Attribute(last)}\"" : "";
        var href = !MarkdownWriter.IsSafeUrl(url) ? "#" : url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? run.BasePath + url.TrimStart('/') : url;
        return $"<a class=\"button{modifiers}\" href=\"{MarkdownWriter.Attribute(href)}\"{title}>{MarkdownWriter.Html(text)}</a>";
    }
}
