using System.Globalization;
using System.Text;
using System.Text.Json;
using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;

namespace Inkstone.Tests.Search;

/// <summary>The search index a live site patches after each edit is, byte for byte, the one a clean build writes.</summary>
public sealed class LiveSearchIndexTests
{
    private static readonly string[] Words = Enumerable.Range(0, 600).Select(i => $"w{i.ToString(CultureInfo.InvariantCulture)}x").Concat(["矩阵", "梯度", "注意力", "策略"]).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void After_each_edit_the_live_index_is_the_one_a_clean_build_writes(int seed)
    {
        var random = new Random(seed);
        var files = new MemoryFileSystem().Add("inkstone.yml", "title: 墨砚\nbase_url: https://example.org/\n");
        var posts = Enumerable.Range(0, 60).Select(i => $"content/posts/p{i}.md").ToList();
        foreach (var post in posts)
        {
            Write(files, post, random, words: 40);
        }

        var caches = new BuildCaches { Search = new() };
        var shardCounts = new HashSet<int>();
        for (var edit = 0; edit < 40; edit++)
        {
            var live = SearchFiles(files, caches);
            Assert.Equal(SearchFiles(files, null), live);
            shardCounts.Add(JsonDocument.Parse(live["search/meta.json"]).RootElement.GetProperty("termShards").GetInt32());

            // Mostly one post's words, title or date; now and then many new words (the shard count grows) or a post added.
            var target = posts[random.Next(posts.Count)];
            switch (random.Next(6))
            {
                case 0:
                    posts.Add($"content/posts/p{posts.Count}.md");
                    Write(files, posts[^1], random, words: 40);
                    break;
                case 1:
                    Write(files, target, random, words: 400, fresh: edit);
                    break;
                default:
                    Write(files, target, random, words: random.Next(5, 60));
                    break;
            }
        }

        Assert.True(shardCounts.Count > 1, "the edits should have changed the number of term shards at least once");
    }

    [Fact]
    public void An_edit_to_one_post_makes_only_the_files_it_touches()
    {
        var random = new Random(3);
        var files = new MemoryFileSystem().Add("inkstone.yml", "title: 墨砚\n");
        for (var i = 0; i < 60; i++)
        {
            Write(files, $"content/posts/p{i}.md", random, words: 40);
        }

        var caches = new BuildCaches { Search = new() };
        var before = SearchFiles(files, caches);
        files.Add("content/posts/p7.md", File(files, "content/posts/p7.md").Replace("\n---\n", "\n---\nsolitaryword ", StringComparison.Ordinal));

        var after = SearchFiles(files, caches);

        var changed = after.Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value).Select(f => f.Key).ToList();
        Assert.Equal(2, changed.Count); // the post's document shard and the new word's term shard
        Assert.Contains(changed, f => f.StartsWith("search/docs-", StringComparison.Ordinal));
        Assert.Contains("solitaryword", after[changed.Single(f => f.StartsWith("search/terms-", StringComparison.Ordinal))], StringComparison.Ordinal);
    }

    private static void Write(MemoryFileSystem files, string path, Random random, int words, int? fresh = null)
    {
        var title = Words[random.Next(Words.Length)];
        var date = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Unspecified).AddHours(random.Next(0, 24 * 300));
        var body = string.Join(' ', Enumerable.Range(0, words).Select(i => fresh is { } n ? $"fresh{n}n{i}" : Words[random.Next(Words.Length)]));
        files.Add(path, $"---\ntitle: {title}\ndate: {date:yyyy-MM-dd HH:mm:ss}\ntags: [{Words[random.Next(8)]}]\n---\n{body}\n");
    }

    private static string File(MemoryFileSystem files, string path) => Encoding.UTF8.GetString(files.ReadAllBytes(path));

    /// <summary>The text of every file the build wrote into <c>search/</c>; a live index when <paramref name="caches"/> holds one, else a clean build.</summary>
    private static Dictionary<string, string> SearchFiles(MemoryFileSystem files, BuildCaches? caches)
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(files, output, new BuildOptions { Now = Testing.BuiltSite.Now, NoCache = true }, caches);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return output.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);
    }
}
