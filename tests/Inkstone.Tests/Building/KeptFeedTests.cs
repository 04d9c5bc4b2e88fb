using System.Text;
using Inkstone.Building;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>
/// A live site keeps its feeds and sitemap when what they show is unchanged (<see cref="FeedInputs"/>); each edit
/// here changes one thing a feed or the sitemap shows, so a feed kept by a digest that missed it would be stale.
/// </summary>
public sealed class KeptFeedTests : IDisposable
{
    private const string Config = "title: 墨砚\nbase_url: https://example.org/\nauthor: { name: 林 }\nfeed: { entries: 1 }\n";

    private const string Heap = "---\ntitle: 堆排序\ndate: 2025-03-01 10:00:00\ntags: [堆]\n---\n建堆之后反复取出堆顶。\n";

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-kept-feeds-").FullName;

    private string SiteFolder => Path.Combine(_root, "site");

    private string Output => Path.Combine(_root, "out");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string, string, string> Edits => new()
    {
        { "inkstone.yml", Config.Replace("title: 墨砚", "title: 砚台", StringComparison.Ordinal), "砚台" },
        { "inkstone.yml", Config.Replace("example.org", "example.net", StringComparison.Ordinal), "example.net" },
        { "inkstone.yml", Config.Replace("name: 林", "name: 森", StringComparison.Ordinal), "森" },
        { "inkstone.yml", Config.Replace("entries: 1", "entries: 2", StringComparison.Ordinal), "Top-k" },
        { "content/posts/heap.md", Heap.Replace("title: 堆排序", "title: 堆排", StringComparison.Ordinal), "堆排<" },
        { "content/posts/heap.md", Heap.Replace("2025-03-01", "2025-03-02", StringComparison.Ordinal), "2025-03-02" },
        { "content/posts/heap.md", Heap.Replace("tags: [堆]", "tags: [堆, 树]", StringComparison.Ordinal), "树" },
        { "content/posts/heap.md", Heap.Replace("反复取出", "一再取出", StringComparison.Ordinal), "一再取出" },
        { "content/posts/heap.md", Heap.Replace("date: 2025-03-01 10:00:00", "date: 2025-03-01 10:00:00\nupdated: 2025-04-01", StringComparison.Ordinal), "2025-04-01" },
        { "content/posts/topk.md", "---\ntitle: Top-k\ndate: 2025-02-01\nslug: top-k\n---\n用大小为 k 的小顶堆。\n", "top-k" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_of_what_a_feed_or_the_sitemap_shows_reaches_them(string path, string text, string shown)
    {
        InlineSite.WriteTo($"""
            -- inkstone.yml --
            {Config}
            -- content/posts/heap.md --
            {Heap}
            -- content/posts/topk.md --
            ---
            title: Top-k
            date: 2025-02-01
            ---
            用大小为 k 的小顶堆。
            """, SiteFolder);
        using var session = new SiteSession(SiteFolder, Output, new BuildOptions());
        Assert.True(session.Build().Succeeded);
        Assert.True(session.Rebuild().Succeeded);

        File.WriteAllText(Path.Combine(SiteFolder, path), text);
        Assert.True(session.Rebuild().Succeeded);

        var published = new[] { "atom.xml", "rss.xml", "feed.json", "sitemap.xml" }.Select(f => File.ReadAllText(Path.Combine(Output, f)));
        Assert.Contains(published, f => f.Contains(shown, StringComparison.Ordinal));
        var full = new MemoryOutput();
        Assert.True(SiteBuilder.Run(new Inkstone.FileSystem.PhysicalFileSystem(SiteFolder), full, new BuildOptions { NoCache = true }).Succeeded);
        foreach (var file in new[] { "atom.xml", "rss.xml", "feed.json", "sitemap.xml", "robots.txt" })
        {
            Assert.Equal(Encoding.UTF8.GetString(full.Files[file]), File.ReadAllText(Path.Combine(Output, file)));
        }
    }
}
