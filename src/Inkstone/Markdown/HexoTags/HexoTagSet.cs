using Inkstone.Content;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown.HexoTags;

/// <summary>
/// The tags of Hexo itself and of its most used themes (NexT, Butterfly, and Volantis's <c>folding</c>), by the names
/// they register; the embeds of Hexo's and Jekyll's plugins (<c>youtube</c>, <c>gist</c>) too.
/// </summary>
internal static class HexoTagSet
{
    public static IEnumerable<KeyValuePair<string, ITagHandler>> For(SiteEngine engine)
    {
        var note = new NoteTag();
        var code = new CodeBlockTag();
        var quote = new BlockquoteTag();
        var image = new ImageTag();
        var assetImage = new AssetImageTag();
        var center = new PullquoteTag("center");
        var tabs = new TabsTag();
        var button = new ButtonTag();
        var hide = new FoldingTag(styleFirst: false);
        var gallery = new ContentOnlyTag();
        var link = new HexoLinkTag("link");
        return new Dictionary<string, ITagHandler>(StringComparer.Ordinal)
        {
            // Hexo
            ["note"] = note,
            ["subnote"] = note,
            ["codeblock"] = code,
            ["code"] = code,
            ["blockquote"] = quote,
            ["quote"] = quote,
            ["pullquote"] = new PullquoteTag("pull"),
            ["img"] = image,
            ["image"] = image,
            ["asset_img"] = assetImage,
            ["asset_image"] = assetImage,
            ["asset_path"] = new AssetPathTag(),
            ["asset_link"] = new AssetLinkTag(),
            ["post_link"] = new PostLinkTag(pathOnly: false),
            ["post_path"] = new PostLinkTag(pathOnly: true),
            ["iframe"] = new EmbedTag("iframe"),
            ["link"] = link,
            ["a"] = link,
            ["anchor"] = link,
            ["url_for"] = new HexoLinkTag("url_for"),
            ["full_url_for"] = new HexoLinkTag("full_url_for"),

            // NexT and Butterfly
            ["cq"] = center,
            ["centerquote"] = center,
            ["tabs"] = tabs,
            ["subtabs"] = tabs,
            ["subsubtabs"] = tabs,
            ["label"] = new LabelTag(),
            ["button"] = button,
            ["btn"] = button,
            ["folding"] = new FoldingTag(styleFirst: true),
            ["hideToggle"] = hide,
            ["hideBlock"] = hide,
            ["mermaid"] = new MermaidTag(),
            ["video"] = new EmbedTag("video"),
            ["pdf"] = new EmbedTag("pdf"),
            ["grouppicture"] = gallery,
            ["gp"] = gallery,
            ["gallery"] = gallery,

            // Embeds from plugins of Hexo and Jekyll
            ["youtube"] = new EmbedTag("youtube"),
            ["vimeo"] = new EmbedTag("vimeo"),
            ["bilibili"] = new EmbedTag("bilibili"),
            ["gist"] = new EmbedTag("gist"),
        };
    }
}
