using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Tests.Taxonomies;

public sealed class RelatedPostFinderTests
{
    private static RenderedPost Rendered(int i, int day, string[] tags, string[] categories) => new(
        new Post
        {
            Kind = PostKind.Post,
            SourcePath = $"p{i:000}",
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

    /// <summary>The rule written out: two points a shared tag, one a shared category, then newer, then by path.</summary>
    private static List<string> Expected(IReadOnlyList<RenderedPost> posts, RenderedPost post) =>
        posts.Where(o => o != post)
            .Select(o => (o.Post, Score: (2 * o.Post.Tags.Intersect(post.Post.Tags).Count()) + o.Post.Categories.Intersect(post.Post.Categories).Count()))
            .Where(o => o.Score > 0)
            .OrderByDescending(o => o.Score).ThenByDescending(o => o.Post.Date).ThenBy(o => o.Post.SourcePath, StringComparer.Ordinal)
            .Take(RelatedPostFinder.Count).Select(o => o.Post.SourcePath).ToList();

    [Theory]
    [InlineData(1, 12)]
    [InlineData(2, 3)]
    [InlineData(3, 40)]
    public void Related_posts_are_the_best_scored_newest_first_among_equals_whatever_the_mix_of_tags_and_categories(int seed, int tagPool)
    {
        var random = new Random(seed);
        string[] tags = [.. Enumerable.Range(0, tagPool).Select(t => $"tag{t}")];
        string[] categories = ["A", "B", "C"];
        var posts = Enumerable.Range(0, 300).Select(i => Rendered(
            i,
            random.Next(60), // many posts share a day, so the path decides among them
            [.. tags.OrderBy(_ => random.Next()).Take(random.Next(0, 4))],
            [.. categories.OrderBy(_ => random.Next()).Take(random.Next(0, 10) switch { 0 => 0, 1 => 2, _ => 1 })])).ToList();

        var related = RelatedPostFinder.Find(posts);

        Assert.All(posts, post => Assert.Equal(Expected(posts, post), related[post.Post.SourcePath].Select(p => p.Post.SourcePath)));
    }
}
