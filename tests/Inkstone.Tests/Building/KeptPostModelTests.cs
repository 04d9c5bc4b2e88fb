using System.Text;
using Inkstone.Building;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>
/// A live site reuses an unchanged post's view model from its last build; these edits change what a model shows
/// without touching that post's file, so a reused model would be stale.
/// </summary>
public sealed class KeptPostModelTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: 墨砚
        base_url: https://example.org/
        timezone: Asia/Shanghai
        date_format: yyyy-MM-dd
        -- layouts/partials/card.liquid --
        <li>{{ post.title }} {{ post.date }} {% for tag in post.tags %}[{{ tag.name }} {{ tag.count }}]{% endfor %}</li>
        -- content/posts/heap.md --
        ---
        title: 堆排序
        date: 2025-03-01 10:00:00
        tags: [堆, 排序]
        ---
        建堆之后反复取出堆顶。
        -- content/posts/topk.md --
        ---
        title: Top-k
        date: 2025-02-01T10:00:00+08:00
        tags: [堆]
        ---
        用大小为 k 的小顶堆。
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-kept-models-").FullName;

    private string SiteFolder => Path.Combine(_root, "site");

    private string Output => Path.Combine(_root, "out");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_tag_count_changed_by_another_post_reaches_the_unchanged_posts_card()
    {
        using var session = Started();
        Assert.Contains("Top-k 2025-02-01 [堆 2]", Index(), StringComparison.Ordinal);

        Write("content/posts/heap.md", "---\ntitle: 堆排序\ndate: 2025-03-01 10:00:00\ntags: [排序]\n---\n建堆之后反复取出堆顶。\n");
        Assert.True(session.Rebuild().Succeeded);

        Assert.Contains("Top-k 2025-02-01 [堆 1]", Index(), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_new_date_format_reaches_every_unchanged_post()
    {
        using var session = Started();
        Write("inkstone.yml", "title: 墨砚\nbase_url: https://example.org/\ntimezone: Asia/Shanghai\ndate_format: yyyy年M月d日\n");
        Assert.True(session.Rebuild().Succeeded);

        Assert.Contains("Top-k 2025年2月1日", Index(), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_new_time_zone_moves_the_dates_of_unchanged_posts()
    {
        using var session = Started();
        Write("inkstone.yml", "title: 墨砚\nbase_url: https://example.org/\ntimezone: America/Los_Angeles\ndate_format: yyyy-MM-dd\n");
        Assert.True(session.Rebuild().Succeeded);

        // 10:00 in Shanghai on 1 February is still 31 January in Los Angeles.
        Assert.Contains("Top-k 2025-01-31", Index(), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    private SiteSession Started()
    {
        InlineSite.WriteTo(Site, SiteFolder);
        var session = new SiteSession(SiteFolder, Output, new BuildOptions());
        Assert.True(session.Build().Succeeded);
        return session;
    }

    private void Write(string path, string text) => File.WriteAllText(Path.Combine(SiteFolder, path), text);

    private string Index() => File.ReadAllText(Path.Combine(Output, "index.html"));

    private void AssertSameAsFullBuild()
    {
        var full = new MemoryOutput();
        Assert.True(SiteBuilder.Run(new Inkstone.FileSystem.PhysicalFileSystem(SiteFolder), full, new BuildOptions { NoCache = true }).Succeeded);
        foreach (var (path, bytes) in full.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.Equal(Encoding.UTF8.GetString(bytes), File.ReadAllText(Path.Combine(Output, path)));
        }
    }
}
