using System.Text.RegularExpressions;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.ThirdParty;

/// <summary>Analytics are off until inkstone.yml turns a counter on; then every page names it for the theme's loader.</summary>
public sealed class AnalyticsTests
{
    private const string Post = """
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        ---
        Body.
        """;

    private static BuiltSite Build(string analytics) => BuiltSite.Build($"-- inkstone.yml --\ntitle: T\nbase_url: https://blog.example.org/\n{analytics}\n{Post}");

    [Fact]
    public void A_site_without_analytics_loads_no_counter_and_no_loader()
    {
        var site = Build("").AssertSucceeded();
        foreach (var page in new[] { "index.html", "posts/p/index.html", "404.html" })
        {
            Assert.DoesNotContain("analytics", site.File(page), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("plausible: {}", "plausible", "https://plausible.io/js/script.js", " data-option-domain=\"blog.example.org\"")]
    [InlineData("plausible: { domain: example.org, script_url: 'https://stats.example.org/js/script.js' }", "plausible", "https://stats.example.org/js/script.js", " data-option-domain=\"example.org\"")]
    [InlineData("umami: { website_id: 94db1cb1-74f4-4a40-ad6c-962362670409 }", "umami", "https://cloud.umami.is/script.js", " data-option-website-id=\"94db1cb1-74f4-4a40-ad6c-962362670409\"")]
    [InlineData("goatcounter: { code: inkblog }", "goatcounter", "https://gc.zgo.at/count.js", " data-option-goatcounter=\"https://inkblog.goatcounter.com/count\"")]
    [InlineData("goatcounter: { code: 'https://count.example.org/count', script_url: 'https://count.example.org/count.js' }", "goatcounter", "https://count.example.org/count.js", " data-option-goatcounter=\"https://count.example.org/count\"")]
    [InlineData("google: { measurement_id: G-AB12CD34EF }", "google", "https://www.googletagmanager.com/gtag/js?id=G-AB12CD34EF", " data-option-id=\"G-AB12CD34EF\"")]
    [InlineData("baidu: { site_id: 0123456789abcdef0123456789abcdef }", "baidu", "https://hm.baidu.com/hm.js?0123456789abcdef0123456789abcdef", " data-option-site-id=\"0123456789abcdef0123456789abcdef\"")]
    public void Each_counter_is_named_on_every_page_with_its_script_and_settings(string section, string provider, string script, string options)
    {
        var site = Build($"analytics:\n  {section}").AssertSucceeded();
        foreach (var page in new[] { "index.html", "posts/p/index.html", "archives/index.html" })
        {
            var html = site.File(page);
            Assert.Contains($"<script type=\"text/plain\" data-analytics=\"{provider}\" data-src=\"{script}\"{options}></script>", html, StringComparison.Ordinal);
            Assert.Matches("^<script src=\"/assets/js/analytics\\.[0-9a-f]{8}\\.js\" data-honor-dnt=\"true\" defer></script>$", Regex.Match(html, "<script src=\"[^\"]*analytics.*").Value);
        }
    }

    [Fact]
    public void Two_counters_may_run_side_by_side_and_do_not_track_may_be_ignored()
    {
        var html = Build("""
            analytics:
              honor_do_not_track: false
              umami: { website_id: 94db1cb1-74f4-4a40-ad6c-962362670409 }
              baidu: { site_id: 0123456789abcdef0123456789abcdef }
            """).AssertSucceeded().File("index.html");
        Assert.Contains("data-analytics=\"umami\"", html, StringComparison.Ordinal);
        Assert.Contains("data-analytics=\"baidu\"", html, StringComparison.Ordinal);
        Assert.Contains("data-honor-dnt=\"false\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analytics:\n  umami: { website_id: 42 }", 4, 24, "'analytics.umami.website_id' is '42', which umami does not take.")]
    [InlineData("analytics:\n  google: { measurement_id: UA-1234-1 }", 4, 29, "'analytics.google.measurement_id' is 'UA-1234-1', which google does not take.")]
    [InlineData("analytics:\n  baidu: {}", 4, 10, "baidu needs 'site_id', which 'analytics.baidu' does not set.")]
    [InlineData("analytics:\n  plausible: { script_url: 'ftp://x.org/s.js' }", 4, 28, "'analytics.plausible.script_url' is 'ftp://x.org/s.js', which is not an absolute http(s) address.")]
    [InlineData("analytics:\n  honor_do_not_track: maybe", 4, 23, "'analytics.honor_do_not_track' should be true or false, but is 'maybe'.")]
    public void A_bad_analytics_setting_is_an_error_at_its_line(string analytics, int line, int column, string message)
    {
        var site = Build(analytics);
        var error = Assert.Single(site.Errors);
        Assert.Equal((DiagnosticIds.ConfigInvalidValue, "inkstone.yml", line, column, message), (error.Id, error.Location.Path, error.Location.Line, error.Location.Column, error.Message));
    }

    [Fact]
    public void An_unknown_counter_is_a_warning_and_loads_nothing()
    {
        var site = Build("analytics:\n  matomo: { site_id: 1 }").AssertSucceeded();
        Assert.Equal("'analytics.matomo' is not a counter Inkstone knows; it is ignored.", Assert.Single(site.Diagnostics).Message);
        Assert.DoesNotContain("analytics", site.File("index.html"), StringComparison.Ordinal);
    }
}
