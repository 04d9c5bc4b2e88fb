using Inkstone.Testing;

namespace Inkstone.Tests.Excerpts;

public sealed class WordCountTests
{
    private static (int Words, int Minutes) Measure(string body, string config = "")
    {
        var site = BuiltSite.Build($"""
            -- inkstone.yml --
            title: T
            {config}
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            ---
            {body}
            """).AssertSucceeded();
        var page = Html.Parse(site.File("posts/p/index.html"));
        var meta = page.One(".post__meta").Text();
        var words = int.Parse(System.Text.RegularExpressions.Regex.Match(meta, @"(?:字数|Words) (\d+)").Groups[1].Value);
        var minutes = int.Parse(System.Text.RegularExpressions.Regex.Match(meta, @"(?:阅读时间|Reading time) (\d+)").Groups[1].Value);
        return (words, minutes);
    }

    [Fact]
    public void Each_han_character_counts_as_one_word() => Assert.Equal(6, Measure("策略梯度定理。").Words);

    [Fact]
    public void Latin_words_count_as_words_in_mixed_text() => Assert.Equal(2 + 3, Measure("PPO clip 的目标").Words);

    [Fact]
    public void Kana_and_hangul_count_per_character() => Assert.Equal(5 + 2, Measure("セグメント 한국").Words);

    [Fact]
    public void Code_and_math_are_not_counted() =>
        Assert.Equal(2, Measure("正文\n\n```python\nfor i in range(10): print(i)\n```\n\n$$\nx^2 + y^2\n$$\n\n行内 `code here` 和 $a+b$").Words - 3);

    [Fact]
    public void Reading_time_uses_300_cjk_characters_and_200_latin_words_a_minute()
    {
        Assert.Equal(2, Measure(new string('字', 301)).Minutes);
        Assert.Equal(1, Measure(new string('字', 300)).Minutes);
        Assert.Equal(2, Measure(string.Join(' ', Enumerable.Repeat("word", 201))).Minutes);
    }

    [Fact]
    public void Reading_speed_is_configurable() =>
        Assert.Equal(4, Measure(new string('字', 400), "reading_speed:\n  cjk: 100").Minutes);
}
