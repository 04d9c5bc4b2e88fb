using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Caching;

/// <summary>A post whose template reads other files (an include, <c>_data/</c>, another post's title) renders again when they change, and only then.</summary>
public sealed class TemplateCacheTests : IDisposable
{
    private const string Jekyll = """
        -- _config.yml --
        title: 缓存
        url: https://example.org
        -- _data/author.yml --
        name: 林墨
        -- _includes/sign.html --
        <p class="sign">{{ include.text }}</p>
        -- _posts/2025-01-01-a.md --
        ---
        title: A
        ---
        {% include sign.html text="第一版" %} 作者 {{ site.data.author.name }}。
        -- _posts/2025-01-02-b.md --
        ---
        title: B
        ---
        没有模板。
        """;

    private const string Hexo = """
        -- _config.yml --
        title: 缓存
        url: https://example.org
        permalink: :year/:title/
        -- source/_posts/heap.md --
        ---
        title: 堆排序
        date: 2025-01-01
        ---
        正文。
        -- source/_posts/links.md --
        ---
        title: 链接
        date: 2025-01-02
        ---
        见 {% post_link heap %}。
        """;

    private readonly string _cache = Directory.CreateTempSubdirectory("inkstone-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void Posts_with_liquid_come_from_the_cache_while_nothing_they_read_changes()
    {
        var files = InlineSite.Parse(Jekyll);
        Build(files);
        var (report, output) = Build(files);

        Assert.Equal(2, report.PostsFromCache);
        Assert.Contains("第一版", output.ReadText("2025/01/01/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_an_include_renders_the_posts_that_include_it_again()
    {
        var files = InlineSite.Parse(Jekyll);
        Build(files);
        files.Add("_includes/sign.html", "<p class=\"sign\">{{ include.text }}（改）</p>\n");
        var (report, output) = Build(files);

        Assert.Equal(1, report.PostsFromCache);
        Assert.Contains("第一版（改）", output.ReadText("2025/01/01/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_site_data_renders_the_posts_with_liquid_again()
    {
        var files = InlineSite.Parse(Jekyll);
        Build(files);
        files.Add("_data/author.yml", "name: 周砚\n");
        var (report, output) = Build(files);

        Assert.Equal(1, report.PostsFromCache);
        Assert.Contains("作者 周砚", output.ReadText("2025/01/01/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_title_of_a_linked_post_renders_the_post_that_shows_it_again()
    {
        var files = InlineSite.Parse(Hexo);
        Build(files);
        files.Add("source/_posts/heap.md", "---\ntitle: 堆排序（新）\ndate: 2025-01-01\n---\n正文。\n");
        var (report, output) = Build(files);

        Assert.Equal(0, report.PostsFromCache);
        Assert.Contains(">堆排序（新）</a>", output.ReadText("2025/links/index.html"), StringComparison.Ordinal);
    }

    private (BuildReport Report, MemoryOutput Output) Build(ISiteFileSystem files)
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(files, output, new BuildOptions { Now = BuiltSite.Now }, null, _cache);
        return (report, output);
    }
}
