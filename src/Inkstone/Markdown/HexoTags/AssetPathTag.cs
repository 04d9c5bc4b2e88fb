using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>Hexo's <c>{% asset_path name %}</c>: the address of a file of the post's asset folder.</summary>
internal sealed class AssetPathTag : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var name = HexoArguments.Split(tag.Arguments).FirstOrDefault() ?? "";
        if (!PostAssets.Exists(run, name))
        {
            PostAssets.ReportMissing(run, tag, name);
            return "";
        }

        return PostAssets.Url(run, name);
    }
}
