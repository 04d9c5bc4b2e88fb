using Inkstone.Content;

namespace Inkstone.Markdown.Liquid;

/// <summary>The tags Jekyll adds to Liquid (besides <c>include</c>, which the compiler gives its own placeholder).</summary>
internal static class JekyllTags
{
    public static IEnumerable<KeyValuePair<string, ITagHandler>> For(SiteEngine engine)
    {
        yield return new("post_url", new PostUrlTag());
        yield return new("highlight", new HighlightTag());

        // Hexo has a 'link' tag of its own (text and URL); Jekyll's names a file.
        if (engine == SiteEngine.Jekyll)
        {
            yield return new("link", new JekyllLinkTag());
        }
    }
}
