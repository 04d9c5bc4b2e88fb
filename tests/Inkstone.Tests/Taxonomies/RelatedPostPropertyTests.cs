using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Tests.Taxonomies;

/// <summary>
/// The level-walking finder against the rule scored the slow way, on random sites: few or many tags and
/// categories, repeated names, posts with no keys or with more keys than the walker enumerates, many equal dates.
/// </summary>
public sealed class RelatedPostPropertyTests
{
    private static RenderedPost Rendered(int i, int day, string[] tags, string[] categories) =>
        RelatedPostRule.Post($"posts/{i % 7}/p{i}", i, day, tags, categories);

    private static List<string> ScoredOneByOne(IReadOnlyList<RenderedPost> posts, RenderedPost post) => RelatedPostRule.ScoredOneByOne(posts, post);

    private static List<RenderedPost> RandomSite(Random random)
    {
        string[] tags = [.. Enumerable.Range(0, random.Next(1, 30)).Select(t => $"tag{t}")];
        string[] categories = [.. Enumerable.Range(0, random.Next(0, 6)).Select(c => $"cat{c}")];
        var days = random.Next(1, 40);
        var manyKeys = random.Next(4) == 0;
        return [.. Enumerable.Range(0, random.Next(1, 120)).Select(i => Rendered(
            i,
            random.Next(days),
            Pick(random, tags, manyKeys && random.Next(5) == 0 ? random.Next(7, 14) : random.Next(0, 5)),
            Pick(random, categories, random.Next(0, 3))))];
    }

    /// <summary>Names drawn with repeats, as a writer may list a tag twice.</summary>
    private static string[] Pick(Random random, string[] names, int count) =>
        names.Length == 0 ? [] : [.. Enumerable.Range(0, count).Select(_ => names[random.Next(names.Length)])];

    [Fact]
    public void Related_posts_found_by_score_level_are_those_every_post_scored_would_give_in_the_same_order_on_300_random_sites()
    {
        var random = new Random(17);
        for (var site = 0; site < 300; site++)
        {
            var posts = RandomSite(random);

            var related = RelatedPostFinder.Find(posts);

            foreach (var post in posts)
            {
                var expected = ScoredOneByOne(posts, post);
                var found = related[post.Post.SourcePath].Select(p => p.Post.SourcePath).ToList();
                Assert.True(expected.SequenceEqual(found), $"site {site}, {post.Post.SourcePath}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", found)}]");
            }
        }
    }

    [Fact]
    public void A_post_with_more_keys_than_the_walker_enumerates_is_scored_against_every_post_sharing_one()
    {
        string[] many = [.. Enumerable.Range(0, RelatedPostLevelWalker.MostKeys + 3).Select(t => $"tag{t}")];
        List<RenderedPost> posts =
        [
            Rendered(0, 5, many, ["A"]),
            Rendered(1, 4, ["tag0", "tag1"], []),
            Rendered(2, 3, ["tag2"], ["A"]),
            Rendered(3, 6, ["tag9"], []),
            Rendered(4, 1, [], ["A"]),
            Rendered(5, 2, ["other"], []),
        ];

        var related = RelatedPostFinder.Find(posts);

        Assert.Equal(["posts/1/p1", "posts/2/p2", "posts/3/p3", "posts/4/p4"], related["posts/0/p0"].Select(p => p.Post.SourcePath));
        Assert.Empty(related["posts/5/p5"]);
    }
}
