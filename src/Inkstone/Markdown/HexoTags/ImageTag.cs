using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// Hexo's <c>{% img [class] /path [width] [height] ["title" "alt"] %}</c> as a Markdown image, so it is resolved, sized and
/// checked like any other; with a title it is a figure with that caption, and on a line of its own it keeps its
/// classes and size. The title stands in for missing alt text, since it describes the image.
/// </summary>
internal sealed class ImageTag : ITagHandler
{
    public TagShape Shape => TagShape.Inline;

    public string Render(TagCall tag, string? body, TemplateRun run)
    {
        var image = ImageArguments.Parse(tag.Arguments, a => a.StartsWith('/') || a.Contains("://", StringComparison.Ordinal) || a.StartsWith("./", StringComparison.Ordinal) || a.StartsWith("../", StringComparison.Ordinal));
        if (image is null)
        {
            run.Warning(Diagnostics.DiagnosticIds.MissingImage, tag.Location, $"'{tag.Written}' names no image.", "Write {% img /images/a.png \"title\" %}, with the image's path or URL.");
            return "";
        }

        return Write(tag, image, image.Source, run);
    }

    /// <summary>The image as Markdown at <paramref name="url"/>, wrapped for its classes and size when it stands alone.</summary>
    public static string Write(TagCall tag, ImageArguments image, string url, TemplateRun run)
    {
        var markdown = MarkdownWriter.Image(image.Alt ?? image.Title ?? "", url, image.Title);
        return tag.Standalone && (image.Classes.Count > 0 || image.Width is not null || image.Height is not null)
            ? run.Blocks.Container(tag, new FigureTagBlock(image.Classes, image.Width, image.Height), "\n" + markdown + "\n")
            : markdown;
    }
}
