using Inkstone.Search;

namespace Inkstone.Tests.Search;

public sealed class SearchTokenizerTests
{
    [Fact]
    public void Chinese_gives_character_bigrams()
    {
        Assert.Equal(["背包", "包问", "问题"], SearchTokenizer.Tokenize("背包问题"));
    }

    [Fact]
    public void A_lone_chinese_character_is_its_own_term()
    {
        Assert.Equal(["堆", "heap"], SearchTokenizer.Tokenize("堆 heap"));
    }

    [Fact]
    public void Japanese_kana_and_kanji_give_bigrams_across_the_run()
    {
        Assert.Equal(["トラ", "ラン", "ンス", "スの", "の基", "基礎"], SearchTokenizer.Tokenize("トランスの基礎"));
    }

    [Fact]
    public void Korean_words_give_bigrams_each()
    {
        Assert.Equal(["트랜", "랜스", "스포", "포머", "모델"], SearchTokenizer.Tokenize("트랜스포머 모델"));
    }

    [Fact]
    public void Mixed_chinese_and_english_splits_at_the_script_boundary()
    {
        Assert.Equal(["ppo", "clip", "的目", "目标"], SearchTokenizer.Tokenize("PPO clip 的目标"));
        Assert.Equal(["ppo", "的目", "目标"], SearchTokenizer.Tokenize("PPO的目标"));
    }

    [Fact]
    public void Latin_words_are_folded_to_lower_case_without_accents()
    {
        Assert.Equal(["unicode", "cafe", "strasse"], SearchTokenizer.Tokenize("Ünïcode Café STRASSE"));
        Assert.Equal("unicode", SearchTokenizer.Fold("Ünïcode"));
    }

    [Fact]
    public void Fullwidth_letters_and_digits_become_ascii()
    {
        Assert.Equal(["gpt", "4", "gpt-4"], SearchTokenizer.Tokenize("ＧＰＴ－４"));
        Assert.Equal(["transformer"], SearchTokenizer.Tokenize("Ｔｒａｎｓｆｏｒｍｅｒ"));
    }

    [Fact]
    public void Identifiers_are_kept_whole_and_split()
    {
        Assert.Equal(["top", "k", "top-k"], SearchTokenizer.Tokenize("top-k"));
        Assert.Equal(["o", "n", "o(n)"], SearchTokenizer.Tokenize("O(n)"));
        Assert.Equal(["x", "i", "x_i"], SearchTokenizer.Tokenize("x_i"));
        Assert.Equal(["heapq"], SearchTokenizer.Tokenize("heapq"));
        Assert.Equal(["c", "c++"], SearchTokenizer.Tokenize("C++"));
    }

    [Fact]
    public void Punctuation_around_a_word_does_not_make_a_compound()
    {
        Assert.Equal(["heapq", "is", "fast"], SearchTokenizer.Tokenize("(heapq) is fast."));
        Assert.Equal(["用", "heapq", "实现"], SearchTokenizer.Tokenize("用 heapq。实现"));
        Assert.Equal(["f", "x", "f(x)"], SearchTokenizer.Tokenize("f(x))."));
    }

    [Fact]
    public void Chinese_punctuation_separates_runs()
    {
        Assert.Equal(["背包", "动态", "态规", "规划"], SearchTokenizer.Tokenize("背包，动态规划！"));
    }

    [Fact]
    public void A_cjk_term_is_recognised_by_its_first_character()
    {
        Assert.True(SearchTokenizer.IsCjkTerm("背包"));
        Assert.True(SearchTokenizer.IsCjkTerm("모델"));
        Assert.False(SearchTokenizer.IsCjkTerm("top-k"));
    }
}
