using Inkstone.Content;
using Inkstone.Markdown.HexoTags;
using Inkstone.Markdown.HugoShortcodes;
using Inkstone.Markdown.Liquid;

namespace Inkstone.Markdown;

/// <summary>
/// The tags a site's posts may use, by the engine it came from: Hexo's (with NexT's and Butterfly's) and Jekyll's are
/// read in every site, as Inkstone has always read <c>{% note %}</c>; Liquid itself is evaluated only in sites from
/// Jekyll (Liquid) and Hexo (Nunjucks), whose engines did so.
/// </summary>
internal static class PostTags
{
    public static TagCatalog For(SiteEngine engine)
    {
        var handlers = new Dictionary<string, ITagHandler>(StringComparer.Ordinal);
        foreach (var (name, handler) in HexoTagSet.For(engine).Concat(JekyllTags.For(engine)))
        {
            handlers[name] = handler;
        }

        var dialect = engine switch
        {
            SiteEngine.Jekyll => TemplateDialect.Liquid,
            SiteEngine.Hexo => TemplateDialect.Nunjucks,
            _ => TemplateDialect.TagsOnly,
        };
        return new TagCatalog(handlers, dialect, name => HugoShortcodeSet.Handlers.GetValueOrDefault(name)?.Body == ShortcodeBody.Code);
    }
}
