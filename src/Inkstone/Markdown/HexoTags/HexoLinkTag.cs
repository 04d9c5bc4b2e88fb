using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Hexo's <c>{% link text url [external] [title] %}</c> and <c>{% url_for text path %}</c> / <c>{% full_url_for text path %}</c>:
/// Markdown links, so that a link to the site is checked like any other.
/// </summary>
internal sealed class HexoLinkTag(string name) : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var arguments = HexoArguments.Split(tag.Arguments);
        if (name != "link")
        {
            var text = arguments.ElementAtOrDefault(0) ?? "";
            var path = arguments.ElementAtOrDefault(1) ?? "";
            var url = path.Contains("://", StringComparison.Ordinal) ? path : (name == "full_url_for" ? run.Context.Config.BaseUrl : run.BasePath) + path.TrimStart('/');
            return MarkdownWriter.Link(text, url);
        }

        var index = arguments.FindIndex(a => a.Contains("://", StringComparison.Ordinal) || a.StartsWith('/') || a.StartsWith("www.", StringComparison.Ordinal));
        if (index < 0)
        {
            return MarkdownWriter.Text(string.Join(' ', arguments));
        }

        var rest = arguments.Skip(index + 1).ToList();
        if (rest.Count > 0 && rest[0] is "true" or "false")
        {
            rest.RemoveAt(0);
        }

        var target = arguments[index].StartsWith("www.", StringComparison.Ordinal) ? "http://" + arguments[index] : arguments[index];
        return MarkdownWriter.Link(string.Join(' ', arguments.Take(index)), target, rest.Count > 0 ? string.Join(' ', rest) : null);
    }
}
