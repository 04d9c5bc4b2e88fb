using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>A post whose address changes between two published builds leaves a redirect at the old one.</summary>
public sealed class MovedPostTests : IDisposable
{
    private const string Site = """
        -- inkstone.yml --
        title: 搬家
        base_url: https://example.org/
        -- content/posts/ppo.md --
        ---
        title: PPO 的裁剪
        date: 2025-01-03
        ---
        裁剪目标函数。
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-moved-").FullName;

    public MovedPostTests() => InlineSite.WriteTo(Site, SiteFolder);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string SiteFolder => Path.Combine(_root, "site");

    private string Output => Path.Combine(SiteFolder, "public");

    private BuildReport Build() => SiteBuilder.Build(SiteFolder, Output, new BuildOptions { Now = BuiltSite.Now });

    private void Rewrite(string frontMatterLine) =>
        File.WriteAllText(Path.Combine(SiteFolder, "content", "posts", "ppo.md"), $"---\ntitle: PPO 的裁剪\ndate: 2025-01-03\n{frontMatterLine}\n---\n裁剪目标函数。\n");

    [Fact]
    public void A_post_given_a_new_slug_redirects_from_its_old_address_and_says_how_to_keep_it()
    {
        Assert.True(Build().Succeeded);
        Rewrite("slug: ppo-clip");

        var report = Build();
        Assert.True(report.Succeeded);
        Assert.True(File.Exists(Path.Combine(Output, "posts", "ppo-clip", "index.html")));
        var redirect = File.ReadAllText(Path.Combine(Output, "posts", "ppo", "index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/posts/ppo-clip/\">", redirect);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/posts/ppo-clip/\">", redirect);
        var moved = Assert.Single(report.Diagnostics, d => d.Id == DiagnosticIds.PostMoved);
        Assert.Equal(Severity.Warning, moved.Severity);
        Assert.Contains("aliases: [/posts/ppo/]", moved.Hint);

        // The next build still keeps the redirect; once the writer lists the alias, the warning stops.
        Assert.True(File.Exists(Path.Combine(Output, "posts", "ppo", "index.html")) && Build().Diagnostics.Any(d => d.Id == DiagnosticIds.PostMoved));
        Rewrite("slug: ppo-clip\naliases: [/posts/ppo/]");
        var kept = Build();
        Assert.DoesNotContain(kept.Diagnostics, d => d.Id == DiagnosticIds.PostMoved);
        Assert.Contains("url=/posts/ppo-clip/", File.ReadAllText(Path.Combine(Output, "posts", "ppo", "index.html")));
    }

    [Fact]
    public void A_post_moved_back_to_its_first_address_is_served_there_and_redirects_from_the_second()
    {
        Assert.True(Build().Succeeded);
        Rewrite("slug: ppo-clip");
        Assert.True(Build().Succeeded);
        Rewrite("slug: ppo");

        var report = Build();
        Assert.True(report.Succeeded);
        var moved = Assert.Single(report.Diagnostics, d => d.Id == DiagnosticIds.PostMoved);
        Assert.Contains("moved from /posts/ppo-clip/ to /posts/ppo/", moved.Message);
        Assert.Contains("裁剪目标函数", File.ReadAllText(Path.Combine(Output, "posts", "ppo", "index.html")));
        Assert.Contains("url=/posts/ppo/", File.ReadAllText(Path.Combine(Output, "posts", "ppo-clip", "index.html")));
    }
}
