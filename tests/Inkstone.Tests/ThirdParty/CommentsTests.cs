using System.Text.RegularExpressions;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.ThirdParty;

/// <summary>Comments are off until inkstone.yml names a provider; then each post has a section that loads it on demand.</summary>
public sealed class CommentsTests
{
    private const string Posts = """
        -- content/posts/p.md --
        ---
        title: P "quoted"
        date: 2025-01-01
        ---
        Body.
        -- content/posts/quiet.md --
        ---
        title: Quiet
        date: 2025-01-02
        comments: false
        ---
        Body.
        -- content/about.md --
        ---
        title: About
        ---
        Me.
        """;

    private static BuiltSite Build(string comments) => BuiltSite.Build($"-- inkstone.yml --\ntitle: 墨\nbase_url: https://example.org/\n{comments}\n{Posts}");

    [Fact]
    public void A_site_without_comments_has_no_comment_section_and_no_comment_script()
    {
        var site = Build("").AssertSucceeded();
        var html = site.File("posts/p/index.html");
        Assert.DoesNotContain("id=\"comments\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("comments.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Waline_gives_each_post_a_section_with_its_server_and_the_default_client()
    {
        var html = Build("comments: { provider: waline, waline: { server_url: 'https://talk.example.org/' } }").AssertSucceeded().File("posts/p/index.html");
        Assert.Contains("data-comments=\"waline\"", html, StringComparison.Ordinal);
        Assert.Contains("data-script=\"https://unpkg.com/@waline/client@v3/dist/waline.umd.js\"", html, StringComparison.Ordinal);
        Assert.Contains("data-style=\"https://unpkg.com/@waline/client@v3/dist/waline.css\"", html, StringComparison.Ordinal);
        Assert.Contains("data-option-server-url=\"https://talk.example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("data-option-lang=\"zh-CN\"", html, StringComparison.Ordinal);
        Assert.Contains("data-path=\"/posts/p/\"", html, StringComparison.Ordinal);
        Assert.Contains("data-title=\"P &quot;quoted&quot;\"", html, StringComparison.Ordinal);
        Assert.Matches("^<script src=\"/assets/js/comments\\.[0-9a-f]{8}\\.js\" defer></script>$", Regex.Match(html, "<script src=\"[^\"]*comments.*").Value);
    }

    [Fact]
    public void Without_scripts_the_section_says_comments_need_JavaScript_and_the_button_is_hidden()
    {
        var html = Build("comments: { provider: waline, waline: { server_url: 'https://talk.example.org' } }").AssertSucceeded().File("posts/p/index.html");
        Assert.Contains("<p class=\"comments__note\" role=\"status\">评论由 Waline 提供，需要 JavaScript，而这个浏览器关闭了它。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<button type=\"button\" class=\"comments__load\" hidden>加载评论</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=\"https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link rel=\"stylesheet\" href=\"https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_false_in_front_matter_leaves_one_post_without_them_and_pages_never_have_them()
    {
        var site = Build("comments: { provider: waline, waline: { server_url: 'https://talk.example.org' } }").AssertSucceeded();
        Assert.DoesNotContain("id=\"comments\"", site.File("posts/quiet/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"comments\"", site.File("about/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"comments\"", site.File("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Giscus_takes_its_four_ids_and_fills_in_the_defaults_of_its_embed_code()
    {
        var html = Build("""
            comments:
              provider: giscus
              giscus: { repo: ink/blog, repo_id: R_kgDO, category: Announcements, category_id: DIC_kwDO, reactions: false }
            """).AssertSucceeded().File("posts/p/index.html");
        Assert.Contains("data-script=\"https://giscus.app/client.js\" data-path=\"/posts/p/\"", html, StringComparison.Ordinal);
        Assert.Contains(
            "data-option-repo=\"ink/blog\" data-option-repo-id=\"R_kgDO\" data-option-category=\"Announcements\" data-option-category-id=\"DIC_kwDO\" "
            + "data-option-mapping=\"pathname\" data-option-strict=\"0\" data-option-reactions-enabled=\"0\" data-option-input-position=\"bottom\" data-option-lang=\"zh-CN\"",
            html, StringComparison.Ordinal);
        Assert.Contains("class=\"comments__thread giscus\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utterances: { repo: ink/blog, label: comment }", "utterances", "https://utteranc.es/client.js", "data-option-repo=\"ink/blog\" data-option-issue-term=\"pathname\" data-option-label=\"comment\"")]
    [InlineData("twikoo: { env_id: 'https://twikoo.example.org' }", "twikoo", "https://cdn.jsdelivr.net/npm/twikoo@1.7.9/dist/twikoo.min.js", "data-option-env-id=\"https://twikoo.example.org\"")]
    [InlineData("twikoo: { env_id: blog-1gs9l0fb, region: ap-guangzhou }", "twikoo", "https://cdn.jsdelivr.net/npm/twikoo@1.7.9/dist/twikoo.all.min.js", "data-option-region=\"ap-guangzhou\"")]
    [InlineData("artalk: { server: 'https://artalk.example.org' }", "artalk", "https://artalk.example.org/dist/Artalk.js", "data-option-server=\"https://artalk.example.org\" data-option-site=\"墨\" data-option-locale=\"zh-CN\"")]
    [InlineData("waline: { server_url: 'https://w.example.org', script_url: 'https://static.example.org/waline.js', style_url: 'https://static.example.org/waline.css' }", "waline", "https://static.example.org/waline.js", "data-style=\"https://static.example.org/waline.css\"")]
    public void Each_provider_writes_its_script_address_and_settings(string section, string provider, string script, string options)
    {
        var html = Build($"comments:\n  provider: {provider}\n  {section}").AssertSucceeded().File("posts/p/index.html");
        Assert.Contains($"data-comments=\"{provider}\" data-script=\"{script}\"", html, StringComparison.Ordinal);
        Assert.Contains(options, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Provider_none_turns_comments_off()
    {
        var html = Build("comments: { provider: none }").AssertSucceeded().File("posts/p/index.html");
        Assert.DoesNotContain("id=\"comments\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("comments: { provider: disqus }", 3, 23, "'disqus' is not a comment system Inkstone knows.")]
    [InlineData("comments: { waline: { server_url: 'https://w.example.org' } }", 3, 11, "'comments' does not name its provider.")]
    [InlineData("comments:\n  provider: waline\n  waline: { server_url: talk.example.org }", 5, 25, "'comments.waline.server_url' is 'talk.example.org', which is not an absolute http(s) address.")]
    [InlineData("comments:\n  provider: waline", 4, 3, "waline needs 'server_url', which 'comments.waline' does not set.")]
    [InlineData("comments:\n  provider: giscus\n  giscus: { repo: blog, repo_id: R, category: A, category_id: D }", 5, 19, "'comments.giscus.repo' is 'blog', which giscus does not take.")]
    [InlineData("comments:\n  provider: giscus\n  giscus: { repo: a/b, repo_id: R, category: A, category_id: D, mapping: number }", 5, 74, "'comments.giscus.mapping' is 'number', which giscus does not take.")]
    [InlineData("comments:\n  provider: artalk\n  artalk: { server: 'https://a.example.org', script_url: '/artalk.js' }", 5, 58, "'comments.artalk.script_url' is '/artalk.js', which is not an absolute http(s) address.")]
    [InlineData("comments: waline", 3, 11, "'comments' should be a set of keys: provider (giscus, utterances, waline, twikoo, artalk) and that provider's settings, but is 'waline'.")]
    public void A_bad_comments_setting_is_an_error_at_its_line_and_builds_nothing(string comments, int line, int column, string message)
    {
        var site = Build(comments);
        var error = Assert.Single(site.Errors);
        Assert.Equal((DiagnosticIds.ConfigInvalidValue, "inkstone.yml", line, column, message), (error.Id, error.Location.Path, error.Location.Line, error.Location.Column, error.Message));
    }

    [Fact]
    public void An_unknown_provider_setting_is_a_warning_naming_the_settings_there_are()
    {
        var site = Build("comments:\n  provider: waline\n  waline: { server_url: 'https://w.example.org', serverURL: x }").AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics, d => d.Id == DiagnosticIds.ConfigInvalidValue);
        Assert.Equal("'comments.waline.serverURL' is not a setting of waline; it is ignored.", warning.Message);
        Assert.Equal("The waline settings are: server_url (required), lang, script_url, style_url.", warning.Hint);
    }
}
