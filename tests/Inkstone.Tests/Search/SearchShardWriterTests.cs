using System.Text;
using System.Text.Json;
using Inkstone.Search;

namespace Inkstone.Tests.Search;

public sealed class SearchShardWriterTests
{
    /// <summary>An index of <paramref name="docs"/> documents whose words are drawn from a fixed vocabulary, without a site.</summary>
    private static SearchIndex Synthetic(int docs, int vocabulary, int wordsPerDoc)
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, vocabulary).Select(i => i % 3 == 0 ? $"词{(char)('甲' + (i % 200))}{(char)('乙' + (i / 200))}" : $"{(char)('a' + (i % 26))}{(char)('a' + (i / 26 % 26))}w{i}").ToArray();
        var postings = new SortedDictionary<string, List<SearchPosting>>(StringComparer.Ordinal);
        var documents = new List<SearchDocument>();
        for (var id = 0; id < docs; id++)
        {
            foreach (var word in Enumerable.Range(0, wordsPerDoc).Select(_ => words[random.Next(vocabulary)]).Distinct())
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(new SearchPosting(id, (int)SearchField.Body));
            }

            documents.Add(new SearchDocument(id, $"Post {id}", $"/p/{id}/", "cat", "2025-01-01", "text", false));
        }

        return new SearchIndex(documents, postings);
    }

    private static JsonElement Parse(byte[] bytes) => JsonDocument.Parse(bytes).RootElement;

    [Fact]
    public void Every_term_is_written_to_the_shard_its_key_names()
    {
        var index = Synthetic(2000, 6000, 120);
        var files = SearchShardWriter.Write(index);
        var count = Parse(files["meta.json"]).GetProperty("termShards").GetInt32();
        Assert.True(count > 1);
        var seen = 0;
        foreach (var (name, bytes) in files.Where(f => f.Key.StartsWith("terms-", StringComparison.Ordinal)))
        {
            foreach (var term in Parse(bytes).EnumerateObject())
            {
                Assert.Equal($"terms-{SearchShardKey.ShardOf(term.Name, count)}.json", name);
                seen++;
            }
        }

        Assert.Equal(index.Postings.Count, seen);
    }

    [Fact]
    public void The_shard_count_is_a_bounded_power_of_two_and_shards_stay_small()
    {
        var files = SearchShardWriter.Write(Synthetic(2000, 6000, 120));
        var count = Parse(files["meta.json"]).GetProperty("termShards").GetInt32();
        Assert.Equal(0, count & (count - 1));
        Assert.InRange(count, 1, SearchShardWriter.MaxTermShards);
        var sizes = files.Where(f => f.Key.StartsWith("terms-", StringComparison.Ordinal)).Select(f => f.Value.Length).ToList();
        Assert.True(sizes.Average() < SearchShardWriter.TargetShardBytes * 1.5, $"average shard {sizes.Average():0} bytes");
        Assert.True(sizes.Max() < SearchShardWriter.TargetShardBytes * 4, $"largest shard {sizes.Max()} bytes");
    }

    [Fact]
    public void A_small_site_has_one_term_shard()
    {
        Assert.Equal(1, SearchShardWriter.ShardCount(Synthetic(5, 50, 10)));
    }

    [Fact]
    public void Posting_lists_are_written_as_id_gaps_and_weights()
    {
        var postings = new SortedDictionary<string, List<SearchPosting>>(StringComparer.Ordinal)
        {
            ["heapq"] = [new(2, 16), new(5, 2), new(9, 3)],
        };
        var docs = Enumerable.Range(0, 10).Select(i => new SearchDocument(i, "t", "/", null, null, "", false)).ToList();
        var files = SearchShardWriter.Write(new SearchIndex(docs, postings));
        Assert.Equal("""{"heapq":[2,16,3,2,4,3]}""", Encoding.UTF8.GetString(files["terms-0.json"]));
        Assert.Equal(["docs-0.json", "docs-1.json", "docs-2.json", "meta.json", "terms-0.json"], files.Keys);
    }

    [Fact]
    public void The_same_index_gives_the_same_bytes()
    {
        var first = SearchShardWriter.Write(Synthetic(300, 900, 50));
        var second = SearchShardWriter.Write(Synthetic(300, 900, 50));
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    [Fact]
    public void Chinese_is_written_as_is_rather_than_escaped()
    {
        var docs = new List<SearchDocument> { new(0, "背包问题", "/p/", "算法", "2025-01-01", "动态规划", false) };
        var json = Encoding.UTF8.GetString(SearchShardWriter.Write(new SearchIndex(docs, []))["docs-0.json"]);
        Assert.Contains("\"title\":\"背包问题\"", json, StringComparison.Ordinal);
    }
}
