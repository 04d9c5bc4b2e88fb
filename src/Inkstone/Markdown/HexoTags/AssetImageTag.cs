using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Hexo's <c>{% asset_img [class] name.png [width] [height] [title] %}</c>: an image of the post's asset folder, written as
/// a Markdown image relative to the post, so that a missing one is reported like any missing image.
/// </summary>
internal sealed class AssetImageTag : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        // As in Hexo, the image is the first argument that is a file of the folder; failing that, the first that looks like a file name.
        var image = ImageArguments.Parse(tag.Arguments, a => PostAssets.Exists(run, a))
            ?? ImageArguments.Parse(tag.Arguments, a => a.Contains('.', StringComparison.Ordinal));
        if (image is null)
        {
            PostAssets.ReportMissing(run, tag, tag.Arguments);
            return "";
        }

        return ImageTag.Write(tag, image, PostAssets.FromPost(run, image.Source), run);
    }
}
