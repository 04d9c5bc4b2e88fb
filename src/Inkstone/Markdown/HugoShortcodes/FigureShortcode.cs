using System.Text.RegularExpressions;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HugoShortcodes;

/// <summary>
/// Hugo's <c>{{&lt; figure src alt caption title link width height class attr &gt;}}</c> as a Markdown image, so it is
/// resolved (a page bundle's image beside the post), sized and checked like any other; with a caption or title it is a
/// figure with that caption (the title before it), and on a line of its own it keeps its link, classes and size. The
/// caption stands in for missing alt text, as in Hugo.
/// </summary>
internal sealed partial class FigureShortcode : IShortcodeHandler
{
    public ShortcodeBody Body => ShortcodeBody.None;

    public string Render(Shortcode call, string inner, ShortcodeRun run)
    {
        var arguments = call.Arguments;
        var source = arguments.Get("src", 0);
        if (string.IsNullOrWhiteSpace(source))
        {
            run.Warning(Diagnostics.DiagnosticIds.MissingImage, call.Location, $"'{call.Written}' names no image.",
                "Write {{< figure src=\"image.png\" alt=\"what it shows\" >}}, with the image's path from the post or the site.");
            return "";
        }

        var caption = Join(arguments.Get("title"), Join(arguments.Get("caption"), arguments.Get("attr"), " "), ": ");
        // Hugo's alt text is the caption when none is given; the title, which names the image too, when neither is.
        var alt = arguments.Get("alt") ?? NullIfBlank(arguments.Get("caption")) ?? NullIfBlank(arguments.Get("title"));
        alt = alt is null ? null : Plain(alt);
        var image = MarkdownWriter.Image(alt ?? "", source, caption is null ? null : Plain(caption));
        var link = arguments.Get("link");
        var classes = (arguments.Get("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => ClassName().IsMatch(c)).ToList();
        var (width, height) = (Length(arguments.Get("width")), Length(arguments.Get("height")));
        if (call.Tag.Standalone && (link is not null || classes.Count > 0 || width is not null || height is not null))
        {
            var block = new FigureShortcodeBlock(classes, width, height, link is not null && MarkdownWriter.IsSafeUrl(link) ? link : null);
            return run.Blocks.Container(call.Tag, block, "\n" + call.Tag.Indent + image + "\n");
        }

        return link is not null && MarkdownWriter.IsSafeUrl(link) ? $"[{image}]({Destination(link)})" : image;
    }

    private static string? Join(string? first, string? second, string separator) =>
        string.IsNullOrWhiteSpace(first) ? NullIfBlank(second) : string.IsNullOrWhiteSpace(second) ? first : first + separator + second;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>A caption without the Markdown and HTML Hugo would render in it, as the plain text a caption and alt text are.</summary>
    private static string Plain(string text) => MarkupInText().Replace(text, "").Trim();

    private static string? Length(string? value) => value is not null && LengthValue().IsMatch(value) ? value : null;

    private static string Destination(string url) => "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ">";

    [GeneratedRegex(@"<[^>]*>|\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")]
    private static partial Regex MarkupInText();

    [GeneratedRegex(@"^\d+(%|px)?$")]
    private static partial Regex LengthValue();

    [GeneratedRegex(@"^[A-Za-z_][\w-]*$")]
    private static partial Regex ClassName();
}
