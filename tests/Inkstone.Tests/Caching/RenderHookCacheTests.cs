using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.Caching;

/// <summary>A render hook writes posts' markup, so adding or editing one renders every post again.</summary>
public sealed class RenderHookCacheTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: T
        -- content/posts/a.md --
        ---
        title: A
        date: 2025-01-01
        ---
        See [the docs](https://example.org).
        -- content/posts/b.md --
        ---
        title: B
        date: 2025-01-02
        ---
        No links.
        """;

    private readonly string _cache = Directory.CreateTempSubdirectory("inkstone-cache-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public void Adding_a_render_hook_renders_the_posts_again()
    {
        var files = InlineSite.Parse(Site);
        Build(files);
        files.Add("layouts/render/link.liquid", "<a class=\"hooked\" href=\"{{ destination }}\">{{ text_html | raw }}</a>\n");
        var (report, output) = Build(files);

        Assert.Equal(0, report.PostsFromCache);
        Assert.Contains("<a class=\"hooked\" href=\"https://example.org\">the docs</a>", output.ReadText("posts/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_render_hook_renders_the_posts_again_and_an_unchanged_one_does_not()
    {
        var files = InlineSite.Parse(Site);
        files.Add("layouts/render/link.liquid", "<a class=\"one\" href=\"{{ destination }}\">{{ text_html | raw }}</a>\n");
        Build(files);
        Assert.Equal(2, Build(files).Report.PostsFromCache);

        files.Add("layouts/render/link.liquid", "<a class=\"two\" href=\"{{ destination }}\">{{ text_html | raw }}</a>\n");
        var (report, output) = Build(files);

        Assert.Equal(0, report.PostsFromCache);
        Assert.Contains("<a class=\"two\"", output.ReadText("posts/a/index.html"), StringComparison.Ordinal);
    }

    private (BuildReport Report, MemoryOutput Output) Build(ISiteFileSystem files)
    {
        var output = new MemoryOutput();
        var report = SiteBuilder.Run(files, output, new BuildOptions { Now = BuiltSite.Now }, null, _cache);
        return (report, output);
    }
}
