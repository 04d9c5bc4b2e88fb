using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>Old addresses written as aliases (Hugo), redirect_from (Jekyll) or alias (Hexo) become pages that send readers on.</summary>
public sealed class RedirectTests
{
    private static (string Refresh, string Canonical) Redirect(BuiltSite site, string path)
    {
        var page = Html.Parse(site.File(path));
        return (page.One("meta[http-equiv=refresh]").GetAttribute("content")!, page.One("link[rel=canonical]").GetAttribute("href")!);
    }

    [Fact]
    public void A_relative_hugo_alias_is_beside_the_page_as_hugo_puts_it()
    {
        var site = BuiltSite.Build("""
            -- hugo.toml --
            baseURL = "https://example.org/"
            title = "别名"
            -- content/posts/moved.md --
            ---
            title: Moved
            date: 2025-03-14
            aliases: [old-name]
            ---
            正文。
            """).AssertSucceeded();

        Assert.Equal(("0; url=/posts/moved/", "https://example.org/posts/moved/"), Redirect(site, "posts/old-name/index.html"));
        Assert.False(site.Exists("posts/moved/old-name/index.html"));
    }

    [Fact]
    public void A_jekyll_redirect_from_is_an_address_from_the_site_root()
    {
        var site = BuiltSite.Build("""
            -- _config.yml --
            title: 别名
            url: https://example.org
            plugins: [jekyll-redirect-from]
            -- _posts/2025-03-14-moved.md --
            ---
            title: Moved
            redirect_from:
              - /2019/old.html
              - legacy/moved/
            ---
            正文。
            """).AssertSucceeded();

        Assert.Equal(("0; url=/2025/03/14/moved.html", "https://example.org/2025/03/14/moved.html"), Redirect(site, "2019/old.html"));
        Assert.Equal(("0; url=/2025/03/14/moved.html", "https://example.org/2025/03/14/moved.html"), Redirect(site, "legacy/moved/index.html"));
    }

    [Fact]
    public void A_hexo_alias_is_an_address_from_the_site_root()
    {
        var site = BuiltSite.Build("""
            -- _config.yml --
            title: 别名
            url: https://example.org
            -- source/_posts/moved.md --
            ---
            title: Moved
            date: 2025-03-14
            alias: old/moved/
            ---
            正文。
            """).AssertSucceeded();

        Assert.Equal(("0; url=/2025/03/14/moved/", "https://example.org/2025/03/14/moved/"), Redirect(site, "old/moved/index.html"));
    }

    [Fact]
    public void An_alias_that_is_another_page_s_address_is_reported_and_the_page_is_kept()
    {
        var site = BuiltSite.Build("""
            -- hugo.toml --
            title = "别名"
            -- content/posts/a.md --
            ---
            title: A
            date: 2025-03-14
            aliases: [/posts/b/]
            ---
            甲。
            -- content/posts/b.md --
            ---
            title: B
            date: 2025-03-15
            ---
            乙。
            """).AssertSucceeded();

        Assert.Contains("乙。", site.File("posts/b/index.html"));
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.DuplicateUrl, warning.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("/posts/b/", warning.Message);
    }
}
