using Inkstone.Building;
using Inkstone.Output;

namespace Inkstone.Tests.Output;

public sealed class OutputFolderRuleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("inkstone-rule-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site => Path.Combine(_root, "site");

    [Theory]
    [InlineData("site/public")]
    [InlineData("site/.inkstone/serve")]
    [InlineData("site/public-preview")]
    [InlineData("elsewhere/www")]
    public void Output_folders_beside_the_sources_are_allowed(string output) =>
        Assert.Null(OutputFolderRule.Refusal(Site, Path.Combine(_root, output)));

    [Theory]
    [InlineData("site", "the site folder itself")]
    [InlineData("", "holds the site folder")]
    [InlineData("site/content", "content/")]
    [InlineData("site/layouts/out", "layouts/")]
    [InlineData("site/assets", "assets/")]
    [InlineData("site/.git", ".git/")]
    [InlineData("site/.inkstone", "build cache")]
    [InlineData("site/.inkstone/cache", "build cache")]
    public void Output_folders_that_would_lose_the_writers_files_are_refused(string output, string reason) =>
        Assert.Contains(reason, OutputFolderRule.Refusal(Site, Path.Combine(_root, output)));

    [Fact]
    public void A_folder_holding_another_site_is_refused()
    {
        var other = Path.Combine(_root, "other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "inkstone.yml"), "title: 另一个\n");

        Assert.Contains("another site", OutputFolderRule.Refusal(Site, other));
    }

    [Fact]
    public void Home_and_the_root_are_refused()
    {
        Assert.NotNull(OutputFolderRule.Refusal(Site, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)));
        Assert.NotNull(OutputFolderRule.Refusal(Site, Path.GetPathRoot(_root)!));
    }

    [Fact]
    public void The_builder_itself_refuses_such_a_folder_before_writing_anything()
    {
        Directory.CreateDirectory(Path.Combine(Site, "content/posts"));
        File.WriteAllText(Path.Combine(Site, "inkstone.yml"), "title: T\n");
        File.WriteAllText(Path.Combine(Site, "content/posts/a.md"), "---\ntitle: 甲\ndate: 2025-01-01\n---\n正文\n");

        Assert.Throws<ArgumentException>(() => SiteBuilder.Build(Site, Path.Combine(Site, "content"), new BuildOptions()));
        Assert.True(File.Exists(Path.Combine(Site, "content/posts/a.md")));
    }
}
