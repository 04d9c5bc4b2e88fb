using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>
/// A missing image, a missing anchor, a broken link and an image without alt text leave the rest of the page right: a build
/// publishes with four warnings; a strict build, a check and a check replayed from the build cache report four errors.
/// </summary>
public sealed class ContentProblemPolicyTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: 有问题的站点
        -- static/ok.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>
        -- content/posts/flawed.md --
        ---
        title: 有瑕疵
        date: 2025-03-14
        ---
        ## 开头

        ![示意图](missing.png)

        见[不存在的一节](#nowhere)。

        见[另一篇](other.md)。

        ![](/ok.svg)
        """;

    private static readonly string[] ContentProblems =
        [DiagnosticIds.BrokenLink, DiagnosticIds.MissingImage, DiagnosticIds.MissingAnchor, DiagnosticIds.ImageWithoutAlt];

    private readonly string _temp = Directory.CreateTempSubdirectory("inkstone-policy-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_build_publishes_the_page_with_four_warnings()
    {
        var site = BuiltSite.Build(Site);

        Assert.True(site.Report.Succeeded);
        Assert.Equal(ContentProblems.Order(), site.Diagnostics.Select(d => d.Id).Order());
        Assert.All(site.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains("开头", site.File("posts/flawed/index.html"));
    }

    [Fact]
    public void A_strict_build_fails_with_four_errors()
    {
        var site = BuiltSite.Build(Site, new BuildOptions { Strict = true });

        Assert.False(site.Report.Succeeded);
        Assert.Equal(ContentProblems.Order(), site.Errors.Select(d => d.Id).Order());
    }

    [Fact]
    public void A_check_on_disk_reports_four_errors()
    {
        var siteDirectory = WriteSite();

        var report = SiteBuilder.Check(siteDirectory, new BuildOptions { NoCache = true });

        Assert.False(report.Succeeded);
        Assert.Equal(ContentProblems.Order(), report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Id).Order());
    }

    [Fact]
    public void A_check_replayed_from_the_cache_of_a_build_still_reports_four_errors()
    {
        var siteDirectory = WriteSite();
        var output = Path.Combine(_temp, "out");

        var build = SiteBuilder.Build(siteDirectory, output, new BuildOptions());
        Assert.True(build.Succeeded);
        Assert.All(build.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.True(File.Exists(Path.Combine(output, "posts", "flawed", "index.html")));

        var check = SiteBuilder.Check(siteDirectory, new BuildOptions());

        Assert.True(check.PostsFromCache > 0, "the check should have replayed the build's cached rendering");
        Assert.False(check.Succeeded);
        Assert.Equal(ContentProblems.Order(), check.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Id).Order());
    }

    [Fact]
    public void A_build_replayed_from_the_cache_of_a_strict_build_reports_warnings_again()
    {
        var siteDirectory = WriteSite();
        var output = Path.Combine(_temp, "out");

        var strict = SiteBuilder.Build(siteDirectory, output, new BuildOptions { Strict = true });
        Assert.False(strict.Succeeded);

        var build = SiteBuilder.Build(siteDirectory, output, new BuildOptions());

        Assert.True(build.Succeeded);
        Assert.Equal(ContentProblems.Order(), build.Diagnostics.Select(d => d.Id).Order());
        Assert.All(build.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    private string WriteSite()
    {
        var siteDirectory = Path.Combine(_temp, "site");
        InlineSite.WriteTo(Site, siteDirectory);
        return siteDirectory;
    }
}
