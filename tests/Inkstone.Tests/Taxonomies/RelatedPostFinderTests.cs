using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Tests.Taxonomies;

public sealed class RelatedPostFinderTests
{
    private static RenderedPost Rendered(int i, int day, string[] tags, string[] categories) =>
        RelatedPostRule.Post($"p{i:000}", i, day, tags, categories);

    private static List<string> Expected(IReadOnlyList<RenderedPost> posts, RenderedPost post) => RelatedPostRule.ScoredOneByOne(posts, post);

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
