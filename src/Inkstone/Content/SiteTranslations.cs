namespace Inkstone.Content;

/// <summary>
/// The site's translated posts and pages: each one's group of translations, and the languages other than the site's
/// that have lists of their own because something is translated into them.
/// </summary>
/// <param name="Trees">The languages translations are in, besides the site's, each with its prefix (<c>/en/</c>).</param>
/// <param name="Groups">Each translated post's group, by source path: every translation with its language, the site's language first.</param>
internal sealed record SiteTranslations(IReadOnlyList<LanguageTree> Trees, IReadOnlyDictionary<string, IReadOnlyList<Translation>> Groups)
{
    public static SiteTranslations None { get; } = new([], new Dictionary<string, IReadOnlyList<Translation>>());

    /// <summary>The post's translations, itself included, when it has another; else empty.</summary>
    public IReadOnlyList<Translation> Of(Post post) =>
        Groups.TryGetValue(post.SourcePath, out var group) && group.Count > 1 ? group : [];
}

/// <summary>One language's version of a translated post.</summary>
internal sealed record Translation(string Language, Post Post);
