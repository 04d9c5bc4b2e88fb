using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Templating;

/// <summary>Files under data/ are site.data in every template, by file name and folder; a broken one is a warning at its place.</summary>
public sealed class DataFileTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: T
        -- layouts/partials/extend_footer.liquid --
        <ul class="friends">{% for friend in site.data.friends %}<li><a href="{{ friend.url }}">{{ friend.name }}</a></li>{% endfor %}</ul>
        <p class="motto">{{ site.data.site.motto }} · {{ site.data.team.people.lead }} · {{ site.data.stats.posts | plus: 1 }} · {{ site.data.build.tools[1] }}</p>
        -- data/friends.yml --
        - name: 甲
          url: https://a.example.org/
        - name: B
          url: https://b.example.org/
        -- data/site.toml --
        motto = "慢慢写"
        [since]
        year = 2019
        -- data/team/people.json --
        { "lead": "Ada" }
        -- data/stats.yaml --
        posts: 41
        -- data/build.json --
        { "tools": ["dotnet", "fluid"] }
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        ---
        Body.
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-data-files-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void YAML_TOML_and_JSON_files_are_site_data_by_name_and_folders_are_nested_maps()
    {
        var html = BuiltSite.Build(Site).AssertSucceeded().File("posts/p/index.html");
        Assert.Contains("<li><a href=\"https://a.example.org/\">甲</a></li><li><a href=\"https://b.example.org/\">B</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"motto\">慢慢写 · Ada · 42 · fluid</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_data_files_has_an_empty_site_data()
    {
        var site = BuiltSite.Build("-- inkstone.yml --\ntitle: T\n-- layouts/partials/extend_footer.liquid --\n<p>[{% if site.data.friends %}friends{% else %}none{% endif %}]</p>\n").AssertSucceeded();
        Assert.Contains("<p>[none]</p>", site.File("index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data/bad.yml", "a: 1\nb: - x\n", 2, 4, "sequence entries are not allowed")]
    [InlineData("data/bad.toml", "title = \"x\"\nyear = = 3\n", 2, 8, "Unexpected token")]
    [InlineData("data/bad.json", "{\n  \"a\": 1,\n  \"b\": ]\n}\n", 3, 8, "']' is an invalid start of a value")]
    public void A_malformed_data_file_is_a_warning_at_its_line_and_column_and_the_others_still_load(string path, string text, int line, int column, string problem)
    {
        var site = BuiltSite.Build(Site + $"\n-- {path} --\n{text}").AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.DataFileUnreadable, path, line, column), (warning.Id, warning.Location.Path, warning.Location.Line, warning.Location.Column));
        Assert.StartsWith($"'{path}' cannot be read (", warning.Message, StringComparison.Ordinal);
        Assert.Contains(problem, warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("); it is left out of site.data.", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Fix the file, or move it out of data/ if it is not data for the templates.", warning.Hint);
        Assert.Contains("慢慢写", site.File("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_data_file_remakes_the_pages_of_a_cached_build()
    {
        var (site, output) = (Path.Combine(_root, "site"), Path.Combine(_root, "public"));
        InlineSite.WriteTo(Site, site);
        Assert.True(SiteBuilder.Build(site, output, new BuildOptions()).Succeeded);
        Assert.Contains(">慢慢写 ·", File.ReadAllText(Path.Combine(output, "posts/p/index.html")), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(site, "data/site.toml"), "motto = \"多读书\"\n");
        Assert.True(SiteBuilder.Build(site, output, new BuildOptions()).Succeeded);

        Assert.Contains(">多读书 ·", File.ReadAllText(Path.Combine(output, "posts/p/index.html")), StringComparison.Ordinal);
        Assert.Contains(">多读书 ·", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_live_site_rebuilt_after_a_data_file_changes_shows_the_new_data()
    {
        var (site, output) = (Path.Combine(_root, "site"), Path.Combine(_root, "serve"));
        InlineSite.WriteTo(Site, site);
        using var session = new SiteSession(site, output, new BuildOptions());
        Assert.True(session.Build().Succeeded);

        File.WriteAllText(Path.Combine(site, "data/friends.yml"), "- name: 丙\n  url: https://c.example.org/\n");
        Assert.True(session.Rebuild().Succeeded);

        Assert.Contains("<ul class=\"friends\"><li><a href=\"https://c.example.org/\">丙</a></li></ul>", File.ReadAllText(Path.Combine(output, "posts/p/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_folder_is_one_the_serve_command_watches()
    {
        var site = Path.Combine(_root, "site");
        InlineSite.WriteTo(Site, site);
        Assert.Contains("data", SiteDescription.Of(site).SourceFolders);
    }
}
