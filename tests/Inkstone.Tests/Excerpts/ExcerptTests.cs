using Inkstone.Testing;

namespace Inkstone.Tests.Excerpts;

public sealed class ExcerptTests
{
    private static string CardExcerpt(string body, int length = 30, string language = "zh-CN", string frontMatter = "")
    {
        var site = BuiltSite.Build($"""
            -- static/a.png --
            not really a png
            -- inkstone.yml --
            title: T
            language: {language}
            excerpt_length: {length}
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            {frontMatter}
            ---
            {body}
            """).AssertSucceeded();
        return Html.Parse(site.File("index.html")).One(".h-entry .p-summary").Text();
    }

    [Fact]
    public void The_excerpt_stops_at_the_more_marker()
    {
        var excerpt = CardExcerpt("第一段文字。\n\n第二段。\n\n<!-- more -->\n\n后面的内容不出现。", length: 5);
        Assert.Equal("第一段文字。 第二段。", excerpt);
    }

    [Fact]
    public void The_more_marker_wins_over_a_summary_in_front_matter()
    {
        Assert.Equal("开头。", CardExcerpt("开头。\n\n<!--more-->\n\n后文。", frontMatter: "summary: 前置摘要"));
        Assert.Equal("前置摘要", CardExcerpt("开头。\n\n后文。", frontMatter: "summary: 前置摘要"));
    }

    [Fact]
    public void A_short_post_shows_its_whole_text_without_an_ellipsis() =>
        Assert.Equal("短文。", CardExcerpt("短文。"));

    [Fact]
    public void A_long_post_is_cut_after_the_configured_number_of_code_points_and_marked() =>
        Assert.Equal("一二三四五六七八九十...", CardExcerpt("一二三四五六七八九十一二三四五", length: 10));

    [Fact]
    public void Blocks_are_joined_by_single_spaces_and_whitespace_is_collapsed() =>
        Assert.Equal("标题 第一段 有 空格。 列表项一 列表项二", CardExcerpt("## 标题\n\n第一段   有 \t空格。\n\n- 列表项一\n- 列表项二", length: 100));

    [Fact]
    public void Display_formulas_and_code_blocks_become_markers_in_the_site_language()
    {
        Assert.Equal("前 [公式] 中 [代码] 后", CardExcerpt("前\n\n$$\nE = mc^2\n$$\n\n中\n\n```python\nprint(1)\n```\n\n后", length: 100));
        Assert.Equal("Before [formula] middle [code] after", CardExcerpt("Before\n\n$$\nE = mc^2\n$$\n\nmiddle\n\n```python\nprint(1)\n```\n\nafter", length: 100, language: "en"));
    }

    [Fact]
    public void Images_are_dropped_from_the_excerpt() =>
        Assert.Equal("看图： 结束", CardExcerpt("看图：![一张图](/a.png)\n\n结束", length: 100).Replace("  ", " "));

    [Fact]
    public void An_emoji_counts_as_one_code_point_and_is_never_split()
    {
        Assert.Equal("一二💡...", CardExcerpt("一二💡三四五", length: 3));
        Assert.Equal("一⚠️...", CardExcerpt("一⚠️二三四五", length: 2));
        Assert.Equal("一二...", CardExcerpt("一二👍🏽三四", length: 2));
        Assert.Equal("一二👍🏽...", CardExcerpt("一二👍🏽三四", length: 3));
    }

    [Fact]
    public void An_inline_formula_is_never_split_by_the_cut()
    {
        var excerpt = CardExcerpt("复杂度是$O(n\\log n)$的算法", length: 8);
        Assert.Equal("复杂度是...", excerpt);
    }

    [Fact]
    public void Wrapped_chinese_lines_join_without_a_stray_space() =>
        Assert.Equal("第一行文字第二行文字", CardExcerpt("第一行文字\n第二行文字", length: 100));

    [Fact]
    public void A_callout_as_the_first_block_counts_as_its_text_with_the_emoji_kept() =>
        Assert.Equal("💡 提示：先看结论。 正文。", CardExcerpt("> 💡 提示：先看结论。\n\n正文。", length: 100));

    [Theory]
    [InlineData("The clipped objective keeps which update", 28, "The clipped objective keeps...")]
    [InlineData("The clipped objective keeps which update", 27, "The clipped objective keeps...")]
    [InlineData("Über große Schritte wird nicht gesprochen", 14, "Über große...")]
    [InlineData("Supercalifragilisticexpialidocious words", 10, "Supercalif...")]
    [InlineData("裁剪目标让每一步更新都不会走得太远", 5, "裁剪目标让...")]
    [InlineData("PPO 的裁剪目标 keeps updates close", 7, "PPO 的裁剪...")]
    [InlineData("裁剪目标keeps updates close", 7, "裁剪目标...")]
    public void A_cut_excerpt_ends_before_a_word_it_would_split_but_chinese_breaks_anywhere(string body, int length, string expected)
    {
        Assert.Equal(expected, CardExcerpt(body, length: length, language: "en"));
    }
}
