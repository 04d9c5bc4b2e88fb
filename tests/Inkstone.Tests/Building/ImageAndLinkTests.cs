using AngleSharp.Dom;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>
/// Images resolve from the post's own folder and from the static folders; links written as the site's URLs are checked
/// like links to files. The images here are stand-ins, not pictures, so image processing is off (ImageProcessingTests).
/// </summary>
public sealed class ImageAndLinkTests
{
    private const string Config = """
        -- inkstone.yml --
        title: 图片与链接
        base_url: https://x.org/blog/
        image_processing: false
        -- static/img/a.png --
        not really a png
        -- content/posts/heap.md --
        ---
        title: 堆
        date: 2025-03-01
        ---
        ## 建堆

        内容。

        """;

    private static BuiltSite Build(string body) => BuiltSite.Build(Config + $"""
        -- content/posts/ppo.md --
        ---
        title: PPO
        date: 2025-03-14
        ---
        {body}
        """);

    private static IDocument Ppo(BuiltSite site) => Html.Parse(site.File("posts/ppo/index.html"));

    [Fact]
    public void A_relative_image_beside_a_post_that_is_not_a_bundle_resolves_from_the_post_s_folder()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: 图片
            image_processing: false
            -- content/posts/ppo.md --
            ---
            title: PPO
            date: 2025-03-14
            ---
            ![图](figs/a.png)
            -- content/posts/figs/a.png --
            not really a png
            """).AssertSucceeded();

        Assert.True(site.Exists("posts/figs/a.png"));
        Assert.Equal("/posts/figs/a.png", Html.Parse(site.File("posts/ppo/index.html")).One(".e-content img").GetAttribute("src"));
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void A_site_absolute_image_written_with_the_base_path_resolves_against_the_static_folder()
    {
        var site = Build("![图](/blog/img/a.png)").AssertSucceeded();

        Assert.Equal("/blog/img/a.png", Ppo(site).One(".e-content img").GetAttribute("src"));
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void A_site_absolute_image_written_without_the_base_path_gets_it()
    {
        var site = Build("![图](/img/a.png)").AssertSucceeded();

        Assert.Equal("/blog/img/a.png", Ppo(site).One(".e-content img").GetAttribute("src"));
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void A_link_written_as_a_post_s_url_is_rewritten_with_the_base_path()
    {
        var site = Build("见[建堆](/posts/heap/#建堆)。").AssertSucceeded();

        Assert.Equal("/blog/posts/heap/#建堆", Uri.UnescapeDataString(Ppo(site).One(".e-content a").GetAttribute("href")!));
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void A_link_written_as_a_post_s_url_has_its_anchor_checked()
    {
        var site = Build("见[建堆](/posts/heap/#不存在)。");

        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.MissingAnchor, warning.Id);
        Assert.Contains("content/posts/heap.md", warning.Message);
        Assert.Equal("content/posts/ppo.md", warning.Location.Path);
    }

    [Fact]
    public void A_link_to_an_address_no_page_has_is_a_broken_link()
    {
        var site = Build("见[别处](/nowhere/)。");

        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.BrokenLink, warning.Id);
        Assert.Contains("/nowhere/", warning.Message);
        Assert.Equal(5, warning.Location.Line);
    }
}
