using System.Diagnostics;
using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Limits;

/// <summary>
/// Small inputs that used to take gigabytes or minutes, or stop a stage with an internal error: each is
/// now a diagnostic at its file and line, found in bounded time.
/// </summary>
public sealed class BoundedInputTests
{
    private const string Config = "-- inkstone.yml --\ntitle: 界限\nbase_url: https://example.org/\n";

    /// <summary>Nine anchors of nine aliases each: 387 million values once copied out, in 330 bytes.</summary>
    private static string AliasBomb()
    {
        var lines = new List<string> { "a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]" };
        for (var i = 1; i < 9; i++)
        {
            var previous = (char)('a' + i - 1);
            var current = (char)('a' + i);
            lines.Add($"{current}: &{current} [{string.Join(',', Enumerable.Repeat("*" + previous, 9))}]");
        }

        return string.Join('\n', lines);
    }

    private static BuiltSite BuildQuickly(string site)
    {
        var clock = Stopwatch.StartNew();
        var built = BuiltSite.Build(site);
        // Generous, for a shared machine under load: what this guards against took minutes (10,000 tags over 240 s).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(100), $"The build took {clock.Elapsed}.");
        return built;
    }

    private static Diagnostic OnlyError(BuiltSite built) => Assert.Single(built.Errors);

    [Fact]
    public void A_yaml_alias_bomb_in_front_matter_is_an_error_at_the_alias_that_goes_over()
    {
        var built = BuildQuickly(Config + "-- content/posts/bomb.md --\n---\ntitle: 炸弹\ndate: 2025-01-01\n" + AliasBomb() + "\n---\n正文。\n");

        var error = OnlyError(built);
        Assert.Equal(DiagnosticIds.YamlAliasesTooLarge, error.Id);
        Assert.Equal("content/posts/bomb.md:8:8", error.Location.ToString());
    }

    [Fact]
    public void A_yaml_alias_bomb_in_the_config_is_an_error_in_inkstone_yml()
    {
        var built = BuildQuickly("-- inkstone.yml --\ntitle: 界限\n" + AliasBomb() + "\n-- content/posts/a.md --\n---\ntitle: A\ndate: 2025-01-01\n---\n正文。\n");

        var error = OnlyError(built);
        Assert.Equal(DiagnosticIds.YamlAliasesTooLarge, error.Id);
        Assert.Equal("inkstone.yml:6:8", error.Location.ToString());
    }

    [Fact]
    public void Aliases_that_copy_out_a_few_values_are_read_as_before()
    {
        var built = BuildQuickly(Config + "-- content/posts/a.md --\n---\ntitle: A\ndate: 2025-01-01\nbase: &base [x, y]\ntags: *base\n---\n正文。\n");

        built.AssertSucceeded();
        Assert.True(built.Exists("tags/x/index.html"));
    }

    [Fact]
    public void Toml_nested_deeper_than_its_reader_goes_is_an_error_at_the_line_not_an_internal_error()
    {
        var nested = new string('[', 100) + new string(']', 100);
        var built = BuildQuickly(Config + $"-- content/posts/deep.md --\n+++\ntitle = \"深\"\ndate = 2025-01-01\nx = {nested}\n+++\n正文。\n");

        var error = OnlyError(built);
        Assert.Equal(DiagnosticIds.NestedTooDeep, error.Id);
        Assert.Equal("content/posts/deep.md:4:1", error.Location.ToString());
    }

    [Fact]
    public void Markdown_nested_past_the_parsers_depth_limit_is_an_error_at_the_line_not_an_internal_error()
    {
        var built = BuildQuickly(Config + "-- content/posts/deep.md --\n---\ntitle: 深\ndate: 2025-01-01\n---\n浅的一行。\n\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "深\n");

        var error = OnlyError(built);
        Assert.Equal(DiagnosticIds.NestedTooDeep, error.Id);
        Assert.Equal("content/posts/deep.md:7:1", error.Location.ToString());
    }

    [Fact]
    public void Ten_thousand_tags_on_one_post_keep_the_first_hundred_with_a_warning_at_the_tags_line()
    {
        var tags = string.Join(", ", Enumerable.Range(0, 10_000).Select(i => "t" + i));
        var built = BuildQuickly(Config + $"-- content/posts/tagged.md --\n---\ntitle: 标签\ndate: 2025-01-01\ntags: [{tags}]\n---\n正文。\n");

        var warning = Assert.Single(built.Diagnostics);
        Assert.Equal(DiagnosticIds.TooManyTags, warning.Id);
        Assert.Equal("content/posts/tagged.md:4:7", warning.Location.ToString());
        Assert.Equal("The post has 10,000 tags; the first 100 are kept.", warning.Message);
        Assert.True(built.Exists("tags/t99/index.html"));
        Assert.False(built.Exists("tags/t100/index.html"));
    }

    [Fact]
    public void Twenty_thousand_identical_headings_get_distinct_ids_in_linear_time()
    {
        var built = BuildQuickly(Config + "-- content/posts/same.md --\n---\ntitle: 同名\ndate: 2025-01-01\n---\n" + string.Concat(Enumerable.Repeat("## 同名\n\n", 20_000)));

        built.AssertSucceeded();
        var html = built.File("posts/same/index.html");
        Assert.Contains("id=\"同名-19999\"", html);
    }

    [Fact]
    public void Terminal_output_pasted_into_a_code_block_and_a_title_leaves_the_feeds_and_sitemap_valid_xml()
    {
        var built = BuildQuickly(Config + "-- content/posts/ansi.md --\n---\ntitle: \"红\\e[31m字\\a\"\ndate: 2025-01-01\n---\n```\n\u001b[31mred\u001b[0m \u0007\n```\n");

        built.AssertSucceeded();
        foreach (var feed in new[] { "atom.xml", "rss.xml", "sitemap.xml" })
        {
            var xml = built.File(feed);
            Assert.DoesNotContain('\u001b', xml);
            Assert.DoesNotContain('\u0007', xml);
            _ = System.Xml.Linq.XDocument.Parse(xml);
        }

        Assert.Contains("红[31m字", built.File("atom.xml"));

        // The code block is terminal output: its colours are shown, its escape sequences are not, and the bell is a picture.
        var page = built.File("posts/ansi/index.html");
        Assert.DoesNotContain('\u001b', page);
        Assert.DoesNotContain('\u0007', page);
        Assert.Contains("<span class=\"k\">red</span> \u2407", page, StringComparison.Ordinal);
        Assert.Contains("&lt;span class=\"k\"&gt;red&lt;/span&gt;", built.File("atom.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Twenty_thousand_links_to_missing_anchors_among_twenty_thousand_headings_are_checked_in_bounded_time()
    {
        var body = new System.Text.StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            body.Append("## 节 ").Append(i).Append("\n\n[去](#没有-").Append(i).Append(")\n\n");
        }

        var built = BuildQuickly(Config + "-- content/posts/anchors.md --\n---\ntitle: 锚\ndate: 2025-01-01\n---\n" + body);

        Assert.Equal(20_000, built.Diagnostics.Count(d => d.Id == DiagnosticIds.MissingAnchor));
    }

    [Fact]
    public void A_yaml_alias_bomb_in_a_jekyll_data_file_is_left_out_with_a_warning_at_the_alias_that_goes_over()
    {
        var built = BuildQuickly("-- _config.yml --\ntitle: 界限\n-- _data/bomb.yml --\n" + AliasBomb() + "\n-- _posts/2025-01-01-a.md --\n---\ntitle: A\n---\n大小：{{ site.data.bomb.a | size }}。\n");

        built.AssertSucceeded();
        var warning = Assert.Single(built.Diagnostics);
        Assert.Equal((DiagnosticIds.YamlAliasesTooLarge, Severity.Warning, "_data/bomb.yml"), (warning.Id, warning.Severity, warning.Location.Path));
        Assert.True(warning.Location.Line > 1, warning.ToString());
        var page = built.File("2025/01/01/a.html");
        Assert.Contains("大小：", page);
        Assert.DoesNotContain("大小：9", page);
    }

    [Fact]
    public void A_jekyll_data_file_that_cannot_be_read_is_left_out_with_a_warning_at_its_line()
    {
        var built = BuildQuickly("-- _config.yml --\ntitle: 界限\n-- _data/links.yml --\n- name: a\n  url: [unclosed\n-- _posts/2025-01-01-a.md --\n---\ntitle: A\n---\n{{ site.data.links | size }} 个链接。\n");

        built.AssertSucceeded();
        var warning = Assert.Single(built.Diagnostics);
        Assert.Equal((DiagnosticIds.DataFileUnreadable, Severity.Warning, "_data/links.yml"), (warning.Id, warning.Severity, warning.Location.Path));
        var page = built.File("2025/01/01/a.html");
        Assert.Contains("个链接", page, StringComparison.Ordinal);
        Assert.DoesNotContain("1 个链接", page, StringComparison.Ordinal);
    }
}
