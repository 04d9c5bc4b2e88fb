using Inkstone.Search;

namespace Inkstone.Tests.Search;

public sealed class SearchShardKeyTests
{
    [Fact]
    public void Fnv1a_matches_the_published_test_vectors()
    {
        // The values the FNV reference gives for 32-bit FNV-1a, which search.js must reproduce.
        Assert.Equal(0x811c9dc5u, SearchShardKey.Fnv1a(""));
        Assert.Equal(0xe40c292cu, SearchShardKey.Fnv1a("a"));
        Assert.Equal(0xbf9cf968u, SearchShardKey.Fnv1a("foobar"));
    }

    [Fact]
    public void The_same_term_always_goes_to_the_same_shard()
    {
        Assert.Equal(SearchShardKey.ShardOf("背包", 64), SearchShardKey.ShardOf("背包", 64));
        Assert.Equal(SearchShardKey.ShardOf("transformer", 64), SearchShardKey.ShardOf("transformer", 64));
        Assert.InRange(SearchShardKey.ShardOf("背包", 64), 0, 63);
    }

    [Fact]
    public void Latin_terms_sharing_two_first_characters_share_a_shard()
    {
        Assert.Equal("tr", SearchShardKey.KeyOf("transformer"));
        var shard = SearchShardKey.ShardOf("transf", 256);
        Assert.All(new[] { "transformer", "transformers", "trpo", "tr" }, t => Assert.Equal(shard, SearchShardKey.ShardOf(t, 256)));
    }

    [Fact]
    public void Cjk_terms_are_placed_by_the_whole_term()
    {
        Assert.Equal("背包", SearchShardKey.KeyOf("背包"));
        var shards = new[] { "背包", "包问", "问题", "动态", "态规", "规划", "梯度", "下降" }.Select(t => SearchShardKey.ShardOf(t, 64)).Distinct();
        Assert.True(shards.Count() > 1, "bigrams should spread over shards");
    }
}
