using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>Hexo's <c>{% asset_link name [title] [escape] %}</c>: a link to a file of the post's asset folder; its words are the title, else the name.</summary>
internal sealed class AssetLinkTag : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var arguments = HexoArguments.Split(tag.Arguments);
        if (arguments.Count == 0)
        {
            PostAssets.ReportMissing(run, tag, "");
            return "";
        }

        var name = arguments[0];
        var escape = arguments[^1] != "false";
        var words = arguments.Skip(1).Where((a, i) => !(i == arguments.Count - 2 && a is "true" or "false")).ToList();
        var text = words.Count > 0 ? string.Join(' ', words) : name;
        if (!PostAssets.Exists(run, name))
        {
            PostAssets.ReportMissing(run, tag, name);
            return escape ? MarkdownWriter.Text(text) : text;
        }

        return MarkdownWriter.Link(text, PostAssets.Url(run, name), escapeText: escape);
    }
}
