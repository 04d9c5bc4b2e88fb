using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Tests.Taxonomies;

/// <summary>The related-post rule written out the slow way, and the bare posts the finder's tests score with it.</summary>
internal static class RelatedPostRule
{
    /// <summary>A rendered post with only what the finder reads: its path, date, tags and categories.</summary>
    public static RenderedPost Post(string sourcePath, int i, int day, string[] tags, string[] categories) => new(
        new Post
        {
            Kind = PostKind.Post,
            SourcePath = sourcePath,
            Title = $"p{i}",
            Date = DateTimeOffset.UnixEpoch.AddDays(day),
            Slug = $"p{i}",
            Url = $"/p{i}/",
            Source = new Inkstone.Data.SourceText($"p{i}", ""),
            BodyOffset = 0,
            Tags = tags,
            Categories = categories,
        },
        "", new Inkstone.Excerpts.Excerpt("", "", false), [], default, [], []);

    /// <summary>Every other post scored: two points a shared tag, one a shared category, then newer, then by path.</summary>
    public static List<string> ScoredOneByOne(IReadOnlyList<RenderedPost> posts, RenderedPost post) =>
        posts.Where(o => o != post)
            .Select(o => (o.Post, Score: (2 * o.Post.Tags.Intersect(post.Post.Tags).Count()) + o.Post.Categories.Intersect(post.Post.Categories).Count()))
            .Where(o => o.Score > 0)
            .OrderByDescending(o => o.Score).ThenByDescending(o => o.Post.Date).ThenBy(o => o.Post.SourcePath, StringComparer.Ordinal)
            .Take(RelatedPostFinder.Count).Select(o => o.Post.SourcePath).ToList();
}
