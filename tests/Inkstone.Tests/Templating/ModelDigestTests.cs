using Inkstone.Templating;

namespace Inkstone.Tests.Templating;

public sealed class ModelDigestTests
{
    private static Dictionary<string, object?> Post(string title) => new()
    {
        ["title"] = title,
        ["url"] = "/posts/heap/",
        ["date"] = new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.FromHours(8)),
        ["word_count"] = 1200,
        ["reading_minutes"] = 3.5,
        ["draft"] = false,
        ["tags"] = new List<object?> { "堆", "排序" },
        ["params"] = new Dictionary<string, object?>(),
        ["toc"] = new List<object?>(),
    };

    [Fact]
    public void Equal_models_have_equal_digests_and_any_difference_changes_it()
    {
        var digest = new ModelDigest();
        var model = new Dictionary<string, object?> { ["post"] = Post("堆排序"), ["related"] = new List<object?> { Post("建堆") } };

        Assert.Equal(digest.Of(model), new ModelDigest().Of(new Dictionary<string, object?> { ["post"] = Post("堆排序"), ["related"] = new List<object?> { Post("建堆") } }));
        Assert.NotEqual(digest.Of(model), digest.Of(new Dictionary<string, object?> { ["post"] = Post("堆排序"), ["related"] = new List<object?> { Post("建堆!") } }));
        Assert.NotEqual(digest.Of(new List<object?> { "ab", "c" }), digest.Of(new List<object?> { "a", "bc" }));
        Assert.NotEqual(digest.Of(new List<object?> { 1 }), digest.Of(new List<object?> { "1" }));
        Assert.NotEqual(digest.Of(new List<object?> { 1, null }), digest.Of(new List<object?> { 1 }));
        Assert.NotEqual(digest.Of(new List<object?> { 1.5 }), digest.Of(new List<object?> { 1.25 }));
        Assert.NotEqual(
            digest.Of(new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.FromHours(8))),
            digest.Of(new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_order_of_a_dictionary_is_part_of_the_digest_since_a_template_can_loop_over_it()
    {
        var digest = new ModelDigest();

        Assert.NotEqual(
            digest.Of(new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2 }),
            digest.Of(new Dictionary<string, object?> { ["b"] = 2, ["a"] = 1 }));
    }

    [Fact]
    public void A_model_holding_an_object_with_members_of_its_own_has_no_digest()
    {
        var digest = new ModelDigest();

        Assert.Null(digest.Of(new Dictionary<string, object?> { ["post"] = Post("堆排序"), ["extra"] = new Uri("https://example.org/") }));
        Assert.Null(digest.Of(new Dictionary<string, object?> { ["post"] = new { Title = "匿名" } }));
    }

    [Fact]
    public void A_shared_dictionary_is_read_once_and_gives_the_same_digest_wherever_it_appears()
    {
        var digest = new ModelDigest();
        var shared = Post("堆排序");

        var first = digest.Of(new Dictionary<string, object?> { ["post"] = shared });
        var second = digest.Of(new Dictionary<string, object?> { ["post"] = shared });
        var copy = digest.Of(new Dictionary<string, object?> { ["post"] = Post("堆排序") });

        Assert.NotNull(first);
        Assert.Equal(first, second);
        Assert.Equal(first, copy);
    }

    [Fact]
    public void A_model_that_refers_to_itself_has_no_digest()
    {
        var loop = new Dictionary<string, object?>();
        loop["self"] = loop;

        Assert.Null(new ModelDigest().Of(loop));
    }

    [Fact]
    public void A_long_text_counts_by_its_content_whether_or_not_a_live_site_keeps_its_digest()
    {
        var html = string.Concat(Enumerable.Repeat("<p>堆排序</p>", 200));
        var kept = new TextDigests();
        var model = new Dictionary<string, object?> { ["content_html"] = html };

        Assert.Equal(new ModelDigest().Of(model), new ModelDigest(kept).Of(model));
        Assert.Equal(new ModelDigest(kept).Of(model), new ModelDigest(kept).Of(new Dictionary<string, object?> { ["content_html"] = new string(html.AsSpan()) }));
        Assert.NotEqual(new ModelDigest(kept).Of(model), new ModelDigest(kept).Of(new Dictionary<string, object?> { ["content_html"] = html + "." }));
    }
}
