namespace Inkstone.Markdown.Liquid;

/// <summary>The tags a site's posts may use, by name (case matters, as in Liquid and Nunjucks: Butterfly's <c>hideToggle</c>).</summary>
/// <param name="shortcodeHasCodeBody">Whether a Hugo shortcode's body is code (<c>{{&lt; highlight &gt;}}</c>), which no tag is read in.</param>
internal sealed class TagCatalog(IReadOnlyDictionary<string, ITagHandler> handlers, TemplateDialect dialect, Func<string, bool>? shortcodeHasCodeBody = null)
{
    public TemplateDialect Dialect { get; } = dialect;

    public IReadOnlyDictionary<string, ITagHandler> Handlers => handlers;

    /// <summary>The same tags read without Liquid: a post whose Liquid failed while running is shown with its tags only.</summary>
    public TagCatalog WithoutLiquid() => new(handlers, TemplateDialect.TagsOnly, shortcodeHasCodeBody);

    public ITagHandler? Find(string name) => handlers.GetValueOrDefault(name);

    public bool HasCodeBody(string name) => Find(name)?.Shape == TagShape.Code;

    public bool ShortcodeHasCodeBody(string name) => shortcodeHasCodeBody?.Invoke(name) == true;
}
