using System.Globalization;
using Inkstone.Testing;

namespace Inkstone.Tests.Templating;

/// <summary>
/// Templates see the build's one clock, in the site's time zone and culture, whatever the machine's: the same site
/// builds to the same pages in Berlin and in Shanghai.
/// </summary>
public sealed class TemplateClockAndCultureTests
{
    private static string Site(string language) => $$$"""
        -- inkstone.yml --
        title: T
        language: {{{language}}}
        timezone: Asia/Shanghai
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-03-14 23:30
        ---
        Body.
        -- layouts/partials/extend_footer.liquid --
        <p id="built">{{ "now" | date: "%Y-%m-%d %H:%M" }}</p>
        <p id="month">{{ "now" | date: "%B" }}</p>
        <p id="number">{{ 1.5 }}</p>
        """;

    [Fact]
    public void Now_in_a_template_is_the_builds_clock_in_the_sites_time_zone()
    {
        var options = new Inkstone.Building.BuildOptions { Now = new DateTimeOffset(2026, 1, 31, 20, 0, 0, TimeSpan.Zero) };
        var html = WithMachineCulture("de-DE", () => BuiltSite.Build(Site("zh-CN"), options).AssertSucceeded().File("index.html"));
        Assert.Contains("<p id=\"built\">2026-02-01 04:00</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_names_and_numbers_in_templates_are_in_the_sites_language_not_the_machines()
    {
        var options = new Inkstone.Building.BuildOptions { Now = new DateTimeOffset(2026, 12, 2, 4, 0, 0, TimeSpan.Zero) };
        var chinese = WithMachineCulture("de-DE", () => BuiltSite.Build(Site("zh-CN"), options).AssertSucceeded().File("index.html"));
        var english = WithMachineCulture("de-DE", () => BuiltSite.Build(Site("en"), options).AssertSucceeded().File("index.html"));
        Assert.Contains("<p id=\"month\">十二月</p>", chinese, StringComparison.Ordinal);
        Assert.Contains("<p id=\"month\">December</p>", english, StringComparison.Ordinal);
        Assert.Contains("<p id=\"number\">1.5</p>", english, StringComparison.Ordinal);
        Assert.Contains("<p id=\"number\">1.5</p>", chinese, StringComparison.Ordinal);
    }

    private static T WithMachineCulture<T>(string name, Func<T> work)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
