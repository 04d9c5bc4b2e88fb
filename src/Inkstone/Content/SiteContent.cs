namespace Inkstone.Content;

/// <summary>Everything under <c>content/</c> that will be published.</summary>
internal sealed record SiteContent(
    IReadOnlyList<Post> Posts,
    IReadOnlyList<Post> Pages,
    IReadOnlyList<string> BundleFiles);
