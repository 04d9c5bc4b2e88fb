using Inkstone.Content;
using Inkstone.Diagnostics;
using Inkstone.Importing;
using Inkstone.Scaffolding;
using Inkstone.Testing;

namespace Inkstone.Tests.Importing;

/// <summary>'inkstone init' on an old site writes an inkstone.yml that says what was read, and from where.</summary>
public sealed class SiteInitializerTests
{
    private const string Jekyll = """
        -- _config.yml --
        title: 旧的 "Jekyll" 博客
        description: 学习笔记
        url: https://old.example.org
        baseurl: /notes
        permalink: pretty
        paginate: 5
        -- _posts/2025-03-14-hello.md --
        ---
        title: Hello
        categories: [ML]
        ---
        正文。

        """;

    private static string Describe(string site)
    {
        var files = InlineSite.Parse(site);
        var imported = SiteDetector.Read(files, SiteEngine.Jekyll, new DiagnosticBag());
        return SiteInitializer.Describe(SiteEngine.Jekyll, imported);
    }

    [Fact]
    public void The_description_of_a_jekyll_site_names_the_engine_and_each_setting_with_its_source()
    {
        var lines = Describe(Jekyll).Split('\n');

        Assert.Contains("from: jekyll", lines);
        Assert.Contains("title: \"旧的 \\\"Jekyll\\\" 博客\"    # _config.yml: title", lines);
        Assert.Contains("description: \"学习笔记\"    # _config.yml: description", lines);
        Assert.Contains("base_url: \"https://old.example.org/notes/\"    # _config.yml: url + baseurl", lines);
        Assert.Contains("posts_per_page: 5    # _config.yml: paginate", lines);
        Assert.Contains("#   permalink: /:categories/:year/:month/:day/:title/    (_config.yml: permalink)", lines);
    }

    [Fact]
    public void The_description_leaves_out_what_the_old_site_does_not_set()
    {
        var text = Describe(Jekyll);

        Assert.DoesNotContain("\ntimezone:", text);
        Assert.DoesNotContain("\nauthor:", text);
        Assert.DoesNotContain("\nmenu:", text);
    }

    [Fact]
    public void The_description_added_as_inkstone_yml_builds_the_same_site()
    {
        var before = BuiltSite.Build(Jekyll).AssertSucceeded();
        var after = BuiltSite.Build(Jekyll + "-- inkstone.yml --\n" + Describe(Jekyll)).AssertSucceeded();

        Assert.Empty(after.Diagnostics);
        Assert.Equal(before.Output.Files.Keys.Order(StringComparer.Ordinal), after.Output.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before.File("ml/2025/03/14/hello/index.html"), after.File("ml/2025/03/14/hello/index.html"));
    }
}
