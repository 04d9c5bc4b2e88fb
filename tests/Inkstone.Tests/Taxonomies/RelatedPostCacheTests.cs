using Inkstone.Content;
using Inkstone.Markdown;
using Inkstone.Taxonomies;

namespace Inkstone.Tests.Taxonomies;

public sealed class RelatedPostCacheTests
{
    private static RenderedPost Rendered(int i, string[] tags, string body = "") => new(
        new Post
        {
            Kind = PostKind.Post,
            SourcePath = $"p{i}",
            Title = $"p{i}",
            Date = DateTimeOffset.UnixEpoch.AddDays(i),
            Slug = $"p{i}",
            Url = $"/p{i}/",
            Source = new Inkstone.Data.SourceText($"p{i}", body),
            BodyOffset = 0,
            Tags = tags,
            Categories = ["Algorithm"],
        },
        body, new Inkstone.Excerpts.Excerpt("", "", false), [], default, [], []);

    private static List<RenderedPost> Site(string[] thirdTags, string body = "") =>
        [Rendered(1, ["heap", "sort"], body), Rendered(2, ["heap", "sort"]), Rendered(3, thirdTags)];

    [Fact]
    public void A_rebuild_that_changed_only_bodies_finds_the_related_posts_of_the_last_build_in_the_new_renderings()
    {
        var kept = new RelatedPostCache();
        RelatedPostFinder.Find(Site(["other"]), kept);
        var again = Site(["other"], body: "a new paragraph");

        var related = RelatedPostFinder.Find(again, kept);

        Assert.Same(again[1], related["p1"][0]);
        Assert.Equal(RelatedPostFinder.Find(again).ToDictionary(r => r.Key, r => r.Value.Select(p => p.Post.SourcePath)), related.ToDictionary(r => r.Key, r => r.Value.Select(p => p.Post.SourcePath)));
    }

    [Fact]
    public void A_changed_tag_finds_the_related_posts_again()
    {
        var kept = new RelatedPostCache();
        RelatedPostFinder.Find(Site(["other"]), kept);

        var related = RelatedPostFinder.Find(Site(["heap", "sort", "min"]), kept);

        // p3 now shares both tags, and as the newer post it comes before p2.
        Assert.Equal(["p3", "p2"], related["p1"].Select(p => p.Post.SourcePath));
        Assert.Equal(["p2", "p1"], related["p3"].Select(p => p.Post.SourcePath));
    }
}
