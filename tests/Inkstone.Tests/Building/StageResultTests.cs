using Inkstone.Building;
using Inkstone.FileSystem;
using Inkstone.Output;

namespace Inkstone.Tests.Building;

/// <summary>Each stage's result is set once, by its stage, and a rebuild makes new results instead of changing the last build's.</summary>
public sealed class StageResultTests
{
    private const string Config = "title: 墨砚\nbase_url: https://example.org/\n";

    [Fact]
    public void Reading_a_result_before_its_stage_ran_names_the_stage()
    {
        var slot = new StageResult<RenderedSite>("markdown");

        var error = Assert.Throws<InvalidOperationException>(() => slot.Value);

        Assert.Contains("markdown stage", error.Message, StringComparison.Ordinal);
        Assert.Null(slot.ValueIfMade);
    }

    [Fact]
    public void Setting_a_result_twice_names_the_stage()
    {
        var slot = new StageResult<RenderedSite>("markdown");
        slot.Set(new RenderedSite([], [], 0));

        var error = Assert.Throws<InvalidOperationException>(() => slot.Set(new RenderedSite([], [], 0)));

        Assert.Contains("markdown stage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_stopped_by_its_config_makes_no_later_stage_result()
    {
        var (report, context) = SiteBuilder.RunKeepingContext(new MemoryFileSystem().Add("content/posts/a.md", "---\ntitle: A\n---\n正文\n"), new MemoryOutput(), new BuildOptions());

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.Posts);
        Assert.Null(context.RenderedIfMade);
        Assert.Contains("config stage", Assert.Throws<InvalidOperationException>(() => context.Site).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_with_the_last_builds_caches_leaves_that_builds_results_as_they_were()
    {
        var files = new MemoryFileSystem().Add("inkstone.yml", Config).Add("content/posts/a.md", "---\ntitle: 旧标题\ndate: 2025-01-01\ntags: [a]\n---\n正文\n");
        var caches = new BuildCaches { Decoded = new(), Readings = new(), Search = new(), Related = new(), Texts = new() };
        var (_, first) = SiteBuilder.RunKeepingContext(files, new MemoryOutput(), new BuildOptions(), caches);

        files.Add("content/posts/a.md", "---\ntitle: 新标题\ndate: 2025-01-01\ntags: [b]\n---\n正文\n");
        var (_, second) = SiteBuilder.RunKeepingContext(files, new MemoryOutput(), new BuildOptions(), caches);

        Assert.Equal("旧标题", Assert.Single(first.Rendered.Posts).Post.Title);
        Assert.Equal("a", Assert.Single(first.Lists.Tags).Name);
        Assert.Equal("新标题", Assert.Single(second.Rendered.Posts).Post.Title);
        Assert.Equal("b", Assert.Single(second.Lists.Tags).Name);
        Assert.NotSame(first.Site, second.Site);
    }
}
