using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.ThirdParty;

/// <summary>A site hosted in mainland China shows its ICP filing number, and its public-security filing, in the footer.</summary>
public sealed class ChinaFilingTests
{
    private static BuiltSite Build(string china) => BuiltSite.Build($"""
        -- inkstone.yml --
        title: T
        {china}
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        ---
        Body.
        """);

    [Fact]
    public void The_ICP_number_links_to_the_MIIT_register_on_every_page()
    {
        var site = Build("china: { icp: 京ICP备12345678号-1 }").AssertSucceeded();
        foreach (var page in new[] { "index.html", "posts/p/index.html", "404.html" })
        {
            Assert.Contains("<p class=\"site-footer__filing\"><a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a></p>", site.File(page), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_public_security_number_links_to_its_register_entry_by_its_code()
    {
        var html = Build("china: { icp: 京ICP备12345678号-1, police: 京公网安备11010502030143号 }").AssertSucceeded().File("index.html");
        Assert.Contains(
            "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a> · <a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143\">京公网安备11010502030143号</a>",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_filings_has_no_filing_line()
    {
        Assert.DoesNotContain("site-footer__filing", Build("").AssertSucceeded().File("index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("china: { icp: 12345678 }", 2, 15, "'china.icp' is '12345678', which is not an ICP filing number.")]
    [InlineData("china: { police: 京公网安备号 }", 2, 18, "'china.police' is '京公网安备号', which holds no public-security filing code.")]
    [InlineData("china: { baidu_sitemap: yes please }", 2, 25, "'china.baidu_sitemap' should be true or false, but is 'yes please'.")]
    public void A_bad_filing_is_an_error_at_its_line(string china, int line, int column, string message)
    {
        var error = Assert.Single(Build(china).Errors);
        Assert.Equal((DiagnosticIds.ConfigInvalidValue, line, column, message), (error.Id, error.Location.Line, error.Location.Column, error.Message));
    }
}
