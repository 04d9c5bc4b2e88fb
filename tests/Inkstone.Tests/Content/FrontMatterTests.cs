using System.Text;
using Inkstone.Configuration;
using Inkstone.Content;
using Inkstone.Diagnostics;

namespace Inkstone.Tests.Content;

public sealed class FrontMatterTests
{
    private static readonly SiteConfig Shanghai = new() { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai") };

    private static (Post? Post, DiagnosticBag Diagnostics) Read(string text, string path = "content/posts/p.md")
    {
        var diagnostics = new DiagnosticBag();
        var files = new Inkstone.FileSystem.MemoryFileSystem().Add(path, text);
        var content = ContentLoader.Load(files, Shanghai, SiteLayout.Inkstone, new ContentSelection(Drafts: true, Future: true, DateTimeOffset.Now),
            Inkstone.Templating.UiStrings.Words(new Inkstone.Templating.ThemeFiles(files), "zh-CN"), diagnostics);
        return (content.Posts.Concat(content.Pages).SingleOrDefault(), diagnostics);
    }

    private static Post ReadValid(string text)
    {
        var (post, diagnostics) = Read(text);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        return post!;
    }

    [Fact]
    public void Yaml_front_matter_gives_title_date_categories_and_tags()
    {
        var post = ReadValid("---\ntitle: 策略梯度\ndate: 2025-03-14\ncategories: [Reinforcement Learning]\ntags:\n  - PPO\n  - RL\n---\n正文\n");
        Assert.Equal("策略梯度", post.Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 0, 0, 0, TimeSpan.FromHours(8)), post.Date);
        Assert.Equal(["Reinforcement Learning"], post.Categories);
        Assert.Equal(["PPO", "RL"], post.Tags);
        Assert.Equal("正文\n", post.Body);
    }

    [Fact]
    public void Toml_front_matter_is_read_like_yaml()
    {
        var post = ReadValid("+++\ntitle = \"堆排序\"\ndate = 2024-05-01T10:00:00+08:00\ncategories = [\"Algorithm\"]\ntags = [\"堆\", \"排序\"]\ndraft = false\n+++\n\n正文");
        Assert.Equal("堆排序", post.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.FromHours(8)), post.Date);
        Assert.Equal(["Algorithm"], post.Categories);
        Assert.Equal(["堆", "排序"], post.Tags);
    }

    [Fact]
    public void Json_front_matter_is_read_like_yaml()
    {
        var post = ReadValid("{\n  \"title\": \"Binary search\",\n  \"date\": \"2024-01-02 08:30\",\n  \"category\": \"Algorithm\",\n  \"tags\": \"search, invariant\"\n}\n\nBody text.");
        Assert.Equal("Binary search", post.Title);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 8, 30, 0, TimeSpan.FromHours(8)), post.Date);
        Assert.Equal(["Algorithm"], post.Categories);
        Assert.Equal(["search", "invariant"], post.Tags);
        Assert.Equal("Body text.", post.Body.Trim());
    }

    [Theory]
    [InlineData("category: NLP", new[] { "NLP" })]
    [InlineData("categories: Computer Vision", new[] { "Computer Vision" })]
    [InlineData("categories: [NLP, Computer Vision]", new[] { "NLP", "Computer Vision" })]
    [InlineData("categories:\n  - NLP\n  - Algorithm", new[] { "NLP", "Algorithm" })]
    public void Categories_are_read_from_a_string_a_flow_list_or_a_list(string yaml, string[] expected) =>
        Assert.Equal(expected, ReadValid($"---\ntitle: t\n{yaml}\n---\n").Categories);

    [Theory]
    [InlineData("tags: [堆, 排序]", new[] { "堆", "排序" })]
    [InlineData("tags: 堆, 排序, top-k", new[] { "堆", "排序", "top-k" })]
    [InlineData("tags: heap sort", new[] { "heap", "sort" })]
    [InlineData("tags:\n  - 堆\n  - 排序", new[] { "堆", "排序" })]
    public void Tags_are_read_from_a_list_a_flow_list_or_a_comma_or_space_separated_string(string yaml, string[] expected) =>
        Assert.Equal(expected, ReadValid($"---\ntitle: t\n{yaml}\n---\n").Tags);

    [Theory]
    [InlineData("2025-03-14", 2025, 3, 14, 0, 0, 8)]
    [InlineData("2025-03-14 21:30:00", 2025, 3, 14, 21, 30, 8)]
    [InlineData("2025-03-14 21:30", 2025, 3, 14, 21, 30, 8)]
    [InlineData("2025-03-14T21:30:00+02:00", 2025, 3, 14, 21, 30, 2)]
    [InlineData("2025-03-14T13:30:00Z", 2025, 3, 14, 13, 30, 0)]
    public void A_date_without_an_offset_is_in_the_site_time_zone(string value, int y, int m, int d, int h, int min, int offset) =>
        Assert.Equal(new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.FromHours(offset)), ReadValid($"---\ntitle: t\ndate: {value}\n---\n").Date);

    [Theory]
    [InlineData("updated: 2025-04-01")]
    [InlineData("lastmod: 2025-04-01")]
    public void Updated_and_lastmod_both_set_the_updated_date(string yaml) =>
        Assert.Equal(new DateTime(2025, 4, 1), ReadValid($"---\ntitle: t\ndate: 2025-03-01\n{yaml}\n---\n").Updated!.Value.Date);

    [Theory]
    [InlineData("summary: 摘要")]
    [InlineData("description: 摘要")]
    [InlineData("excerpt: 摘要")]
    public void Summary_description_and_excerpt_are_the_same_thing(string yaml) =>
        Assert.Equal("摘要", ReadValid($"---\ntitle: t\n{yaml}\n---\n").Summary);

    [Theory]
    [InlineData("draft: true", true)]
    [InlineData("published: false", true)]
    [InlineData("draft: false", false)]
    [InlineData("published: true", false)]
    public void Draft_true_and_published_false_both_make_a_draft(string yaml, bool draft) =>
        Assert.Equal(draft, ReadValid($"---\ntitle: t\n{yaml}\n---\n").Draft);

    [Fact]
    public void Slug_permalink_cover_and_pinned_are_read()
    {
        var post = ReadValid("---\ntitle: t\nslug: My Post\ncover: /img/a.png\nsticky: true\n---\n");
        Assert.Equal("my-post", post.Slug);
        Assert.Equal("/posts/my-post/", post.Url);
        Assert.Equal("/img/a.png", post.Cover);
        Assert.True(post.Pinned);
        Assert.Equal("/2025/ppo/", ReadValid("---\ntitle: t\npermalink: 2025/ppo\n---\n").Url);
        Assert.Equal("/img/b.png", ReadValid("---\ntitle: t\nimage: /img/b.png\n---\n").Cover);
    }

    [Fact]
    public void A_post_without_a_title_takes_its_first_h1_else_its_file_name()
    {
        Assert.Equal("堆与堆排序", ReadValid("---\ndate: 2025-01-01\n---\n\n# 堆与堆排序\n\n正文").Title);
        var (post, _) = Read("没有标题的正文。", "content/posts/2024-02-03-radix-sort.md");
        Assert.Equal("radix-sort", post!.Title);
        Assert.Equal(new DateTime(2024, 2, 3), post.Date.Date);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_in_the_file()
    {
        var (_, diagnostics) = Read("---\ntitle: ok\ntags: [a, b\ndate: 2025-01-01\n---\n");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.FrontMatterMalformed, error.Id);
        Assert.Equal("content/posts/p.md", error.Location.Path);
        Assert.InRange(error.Location.Line, 2, 4);
    }

    [Fact]
    public void An_unparseable_date_is_reported_at_the_value()
    {
        var (_, diagnostics) = Read("---\ntitle: t\ndate: 2025-13-45\n---\n");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.FrontMatterBadDate, error.Id);
        Assert.Equal(new SourceLocation("content/posts/p.md", 3, 7), error.Location);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var (_, diagnostics) = Read("---\ntitle:\n  zh: 标题\n---\n");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.FrontMatterWrongType, error.Id);
        Assert.Equal(3, error.Location.Line);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_at_its_opening_fence()
    {
        var (_, diagnostics) = Read("---\ntitle: t\n正文");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.FrontMatterUnclosed, error.Id);
        Assert.Equal(new SourceLocation("content/posts/p.md", 1, 1), error.Location);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_with_the_position_of_the_first_bad_byte()
    {
        var diagnostics = new DiagnosticBag();
        var gbk = new byte[] { (byte)'-', (byte)'-', (byte)'-', (byte)'\n', (byte)'t', (byte)':', (byte)' ', 0xB6, 0xD1, (byte)'\n' };
        Assert.Null(PostReader.Read("content/posts/gbk.md", gbk, PostKind.Post, Shanghai, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.FileNotUtf8, error.Id);
        Assert.Equal(new SourceLocation("content/posts/gbk.md", 2, 4), error.Location);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/posts/../../x/")]
    [InlineData("https://evil.example/x")]
    [InlineData("a\\b")]
    public void A_permalink_that_leaves_the_site_is_an_error(string permalink)
    {
        var (post, diagnostics) = Read($"---\ntitle: t\npermalink: \"{permalink.Replace("\\", "\\\\")}\"\n---\n");
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticIds.UnsafePermalink, error.Id);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal("/posts/p/", post!.Url);
    }
}
