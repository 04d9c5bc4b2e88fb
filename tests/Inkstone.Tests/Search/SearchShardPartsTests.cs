using System.Globalization;
using System.Text;
using System.Text.Json;
using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Search;

namespace Inkstone.Tests.Search;

/// <summary>A term shard over the size limit is written in parts, by a build and by a live site, and read back whole.</summary>
public sealed class SearchShardPartsTests
{
    private const int SmallLimit = 1500;

    private static readonly string[] Words = [.. Enumerable.Range(0, 300).Select(i => $"w{i.ToString(CultureInfo.InvariantCulture)}x"), "common", "commonly", "矩阵", "梯度", "注意力"];

    private static JsonElement Parse(byte[] bytes) => JsonDocument.Parse(bytes).RootElement;

    /// <summary>Every posting of every term in the parts, by term, with absolute ids, in the order read.</summary>
    private static Dictionary<string, List<(int Doc, int Weight)>> Decode(IEnumerable<byte[]> parts)
    {
        var terms = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var entry in Parse(part).EnumerateObject())
            {
                var numbers = entry.Value.EnumerateArray().Select(n => n.GetInt32()).ToArray();
                var list = terms.TryGetValue(entry.Name, out var known) ? known : terms[entry.Name] = [];
                for (int i = 0, id = 0; i < numbers.Length; i += 2)
                {
                    id += numbers[i];
                    list.Add((id, numbers[i + 1]));
                }
            }
        }

        return terms;
    }

    [Fact]
    public void Cut_parts_stay_within_the_limit_and_hold_every_posting_once_in_order_on_random_shards()
    {
        var random = new Random(5);
        for (var round = 0; round < 200; round++)
        {
            var limit = random.Next(40, 3000);
            var shard = Enumerable.Range(0, random.Next(1, 40))
                .Select(i => (random.Next(3) == 0 ? "词" : "t") + i.ToString("000", CultureInfo.InvariantCulture) + (random.Next(5) == 0 ? "\"q\\" : ""))
                .Order(StringComparer.Ordinal)
                .Select(term =>
                {
                    var doc = 0;
                    var postings = Enumerable.Range(0, random.Next(4) == 0 ? random.Next(100, 900) : random.Next(1, 12))
                        .Select(_ => new SearchPosting(doc += random.Next(1, 3000), 1 << random.Next(0, 5))).ToList();
                    return new KeyValuePair<string, List<SearchPosting>>(term, postings);
                }).ToList();

            var files = SearchShardWriter.TermFiles(3, shard, limit);

            var whole = Decode([SearchShardWriter.Terms(shard)]);
            if (files.Count == 1)
            {
                Assert.Equal("terms-3.json", files[0].Name);
                Assert.True(files[0].Bytes.Length <= limit);
                continue;
            }

            var firsts = Parse(files[0].Bytes).EnumerateArray().Select(f => f.GetString()!).ToList();
            Assert.Equal(["terms-3.json", .. Enumerable.Range(1, firsts.Count).Select(p => $"terms-3-{p}.json")], files.Select(f => f.Name));
            Assert.All(files.Skip(1), f => Assert.True(f.Bytes.Length <= limit, $"round {round}: {f.Name} is {f.Bytes.Length} bytes, over {limit}"));
            Assert.Equal(firsts, files.Skip(1).Select(f => Parse(f.Bytes).EnumerateObject().First().Name));
            Assert.Equal(whole, Decode(files.Skip(1).Select(f => f.Bytes)));
        }
    }

    [Fact]
    public void A_build_cuts_a_large_term_shard_into_parts_and_every_query_finds_what_the_uncut_index_finds()
    {
        var files = Site(seed: 1, posts: 80);

        var cut = SearchFiles(files, null, SmallLimit);
        var whole = SearchFiles(files, null, int.MaxValue);

        Assert.Contains(cut.Keys, name => name.EndsWith("-1.json", StringComparison.Ordinal));
        Assert.All(cut.Where(f => f.Key.StartsWith("terms-", StringComparison.Ordinal)), f => Assert.True(f.Value.Length <= SmallLimit, $"{f.Key} is {f.Value.Length} bytes"));
        var cutReader = new ShardedIndexReader(cut.GetValueOrDefault);
        var wholeReader = new ShardedIndexReader(whole.GetValueOrDefault);
        foreach (var query in Words.Concat(["w1", "w2", "co", "comm", "common w10x", "矩阵 梯度", "注意力", "w299x common"]))
        {
            Assert.Equal(wholeReader.Search(query, limit: 100), cutReader.Search(query, limit: 100));
        }

        Assert.NotEmpty(cutReader.Search("common"));
    }

    [Fact]
    public void A_query_reads_only_the_parts_that_can_hold_its_term()
    {
        var files = SearchFiles(Site(seed: 1, posts: 80), null, SmallLimit);
        var reader = new ShardedIndexReader(files.GetValueOrDefault);

        reader.Search("common");

        var parted = files.Keys.Where(n => Parts([n]) == 1).ToList();
        Assert.True(reader.FilesRead.Count(n => parted.Contains(n)) < parted.Count);
    }

    [Fact]
    public void Search_js_reads_the_parts_of_a_cut_shard_and_finds_what_the_uncut_index_finds()
    {
        var files = Site(seed: 1, posts: 80);
        var folder = Directory.CreateTempSubdirectory("inkstone-parts-").FullName;
        try
        {
            foreach (var (kind, limit) in new[] { ("cut", SmallLimit), ("whole", int.MaxValue) })
            {
                Directory.CreateDirectory(Path.Combine(folder, kind));
                foreach (var (name, bytes) in SearchFiles(files, null, limit))
                {
                    System.IO.File.WriteAllBytes(Path.Combine(folder, kind, name), bytes);
                }
            }

            var script = Path.Combine(Testing.RepositoryPaths.Root, "tests", "search-js", "check-parts.js");
            var start = new System.Diagnostics.ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { script, Path.Combine(folder, "cut"), Path.Combine(folder, "whole") }.Concat(Words).Concat(["w1", "co", "comm", "common w10x", "矩阵 梯度"]))
            {
                start.ArgumentList.Add(argument);
            }

            using var node = System.Diagnostics.Process.Start(start)!;
            var output = node.StandardOutput.ReadToEnd() + node.StandardError.ReadToEnd();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, output);
            Assert.Contains("queries agree", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void After_each_edit_the_live_index_writes_the_parts_a_clean_build_writes(int seed)
    {
        var random = new Random(seed);
        var files = Site(seed, posts: 60);
        var caches = new BuildCaches { Search = new() };
        var sawParts = false;
        for (var edit = 0; edit < 25; edit++)
        {
            var live = SearchFiles(files, caches, SmallLimit);
            Assert.Equal(Texts(SearchFiles(files, null, SmallLimit)), Texts(live));
            sawParts |= live.Keys.Any(n => n.EndsWith("-2.json", StringComparison.Ordinal));

            // One post's words, many posts' common word taken away or given back (parts come and go), or a post added.
            var target = random.Next(60);
            switch (random.Next(4))
            {
                case 0:
                    Post(files, 60 + edit, random, common: true);
                    break;
                case 1:
                    for (var i = 0; i < 20; i++)
                    {
                        Post(files, (target + i) % 60, random, common: random.Next(2) == 0);
                    }

                    break;
                default:
                    Post(files, target, random, common: random.Next(2) == 0);
                    break;
            }
        }

        Assert.True(sawParts, "some build should have cut a shard into two parts or more");
    }

    [Fact]
    public void A_served_site_whose_cut_shard_shrinks_keeps_no_stale_part_on_disk()
    {
        var root = Directory.CreateTempSubdirectory("inkstone-parts-session-").FullName;
        try
        {
            var (site, output) = (Path.Combine(root, "site"), Path.Combine(root, "out"));
            var files = Site(seed: 3, posts: 60);
            foreach (var path in files.EnumerateFiles(""))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, path))!);
                System.IO.File.WriteAllBytes(Path.Combine(site, path), files.ReadAllBytes(path));
            }

            var options = new BuildOptions { Now = Testing.BuiltSite.Now, NoCache = true, SearchShardBytes = SmallLimit };
            using var session = new SiteSession(site, output, options);
            Assert.True(session.Build().Succeeded);
            var parts = Parts(Directory.GetFiles(Path.Combine(output, "search")).Select(f => Path.GetFileName(f)));
            Assert.True(parts > 1);

            // All but one post cut down to one word: the shard needs fewer parts.
            for (var i = 1; i < 60; i++)
            {
                files.Add($"content/posts/p{i}.md", $"---\ntitle: p{i}\ndate: 2025-02-01 08:00:{i:00}\n---\nshort\n");
                System.IO.File.WriteAllBytes(Path.Combine(site, $"content/posts/p{i}.md"), files.ReadAllBytes($"content/posts/p{i}.md"));
            }

            Assert.True(session.Rebuild().Succeeded);

            var onDisk = Directory.GetFiles(Path.Combine(output, "search")).ToDictionary(f => Path.GetFileName(f), System.IO.File.ReadAllBytes, StringComparer.Ordinal);
            Assert.True(Parts(onDisk.Keys) < parts, $"{Parts(onDisk.Keys)} parts after the edit, {parts} before");
            Assert.Equal(Texts(SearchFiles(files, null, SmallLimit)), Texts(onDisk));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Parts(IEnumerable<string> names) => names.Count(n => n.StartsWith("terms-", StringComparison.Ordinal) && n.Count(c => c == '-') == 2);

    private static MemoryFileSystem Site(int seed, int posts)
    {
        var random = new Random(seed);
        var files = new MemoryFileSystem().Add("inkstone.yml", "title: 墨砚\nbase_url: https://example.org/\n");
        for (var i = 0; i < posts; i++)
        {
            Post(files, i, random, common: true);
        }

        return files;
    }

    /// <summary>A post of random words; with <paramref name="common"/>, also the words every such post shares, whose lists make one shard large.</summary>
    private static void Post(MemoryFileSystem files, int number, Random random, bool common)
    {
        var date = new DateTime(2025, 1, 1, 8, 0, 0, DateTimeKind.Unspecified).AddHours(number * 7);
        var body = string.Join(' ', Enumerable.Range(0, 30).Select(_ => Words[random.Next(Words.Length)]));
        files.Add($"content/posts/p{number}.md", $"---\ntitle: {Words[random.Next(Words.Length)]}\ndate: {date:yyyy-MM-dd HH:mm:ss}\n---\n{body}{(common ? " common commonly 矩阵" : "")}\n");
    }

    private static Dictionary<string, string> Texts(Dictionary<string, byte[]> files) =>
        files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);

    /// <summary>The files the build wrote into <c>search/</c>, by name there; a live index when <paramref name="caches"/> holds one.</summary>
    private static Dictionary<string, byte[]> SearchFiles(MemoryFileSystem files, BuildCaches? caches, int maxShardBytes)
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(files, output, new BuildOptions { Now = Testing.BuiltSite.Now, NoCache = true, SearchShardBytes = maxShardBytes }, caches);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return output.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["search/".Length..], f => f.Value, StringComparer.Ordinal);
    }
}
