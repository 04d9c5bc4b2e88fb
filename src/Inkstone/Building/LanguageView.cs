using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;
using Inkstone.Templating;

namespace Inkstone.Building;

/// <summary>
/// What the pages of one language read: its home (<c>/</c> for the site's language, <c>/en/</c> for a translation's), its
/// posts and lists, the factory of its post models, the site model with its own links, and its interface strings.
/// </summary>
/// <param name="Tree">The translation's folder; null for the site's own language.</param>
internal sealed record LanguageView(
    string Code,
    string Home,
    LanguageTree? Tree,
    IReadOnlyList<RenderedPost> Posts,
    IReadOnlyList<Term> Categories,
    IReadOnlyList<Term> Tags,
    IReadOnlyList<ArchiveYear> Archives,
    ViewModelFactory Views,
    Dictionary<string, object?> Site,
    Dictionary<string, object?> Strings)
{
    /// <summary>Each language's view, the site's first; a site in one language has one.</summary>
    public static List<LanguageView> Of(BuildContext context, Dictionary<string, object?> site, Dictionary<string, object?> strings)
    {
        var (lists, layout, theme) = (context.Lists, context.Site.Layout, context.Site.Theme);
        var views = new List<LanguageView>
        {
            new(context.Site.Config.LanguageTag, "/", null, lists.Listed, lists.Categories, lists.Tags, lists.Archives, lists.Views, site, strings),
        };
        foreach (var language in lists.Languages)
        {
            var (tree, own) = (language.Tree, new Dictionary<string, object?>(site));
            own["language"] = tree.Code;
            own["categories"] = language.Categories.Select(language.Views.TermLink).ToList();
            own["tags"] = language.Tags.Select(language.Views.TermLink).ToList();
            own["categories_url"] = lists.Views.Link(tree.Prefix + layout.CategoriesUrl.TrimStart('/'));
            own["tags_url"] = lists.Views.Link(tree.Prefix + layout.TagsUrl.TrimStart('/'));
            views.Add(new(tree.Code, tree.Prefix, tree, language.Posts, language.Categories, language.Tags, language.Archives, language.Views, own, UiStrings.Load(theme, tree.Code)));
        }

        foreach (var view in views)
        {
            view.Site["home_url"] = lists.Views.Link(view.Home);
            view.Site["archives_url"] = lists.Views.Link(view.Home + "archives/");
            view.Site["search_url"] = lists.Views.Link(view.Home + "search/");
            view.Site["atom_url"] = lists.Views.Link(view.Home + "atom.xml");
            view.Site["rss_url"] = lists.Views.Link(view.Home + "rss.xml");
            view.Site["json_feed_url"] = lists.Views.Link(view.Home + "feed.json");
        }

        return views;
    }

    /// <summary>The view of the language a post is listed in.</summary>
    public static LanguageView For(IReadOnlyList<LanguageView> views, Post post) =>
        views.Skip(1).FirstOrDefault(v => v.Tree!.Holds(post)) ?? views[0];

    /// <summary>Whether this is the view of <paramref name="language"/> (<c>zh-cn</c>, <c>zh-CN</c> and <c>zh</c> are one language).</summary>
    public bool Speaks(string language) =>
        string.Equals(Code, language, StringComparison.OrdinalIgnoreCase) || string.Equals(LanguageCodes.Canonical(Code), language, StringComparison.OrdinalIgnoreCase);

    /// <summary>The language's name in itself, as its switch shows it ("English", "日本語").</summary>
    public string Name => LanguageCodes.Canonical(Code) is null ? Code : Strings.GetValueOrDefault("language_name") as string ?? Code;
}
