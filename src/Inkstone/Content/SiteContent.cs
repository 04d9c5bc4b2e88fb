namespace Inkstone.Content;

/// <summary>Everything of the site's sources that will be published.</summary>
/// <param name="BundleFiles">Files published under a post's URL (page bundles, asset folders).</param>
/// <param name="StaticFiles">Files copied as they are, by output path ("img/a.png") to site path ("static/img/a.png").</param>
/// <param name="Data">The data files as templates read them (<c>site.data</c>), by name; see <see cref="Inkstone.Data.SiteDataReader"/>.</param>
internal sealed record SiteContent(
    IReadOnlyList<Post> Posts,
    IReadOnlyList<Post> Pages,
    IReadOnlyList<string> BundleFiles,
    IReadOnlyDictionary<string, string> StaticFiles,
    IReadOnlyDictionary<string, object?> Data)
{
    /// <summary>Which posts and pages are translations of each other; <see cref="SiteTranslations.None"/> on a site in one language.</summary>
    public SiteTranslations Translations { get; init; } = SiteTranslations.None;

    public static SiteContent Empty { get; } = new([], [], [], new Dictionary<string, string>(), new Dictionary<string, object?>());
}
