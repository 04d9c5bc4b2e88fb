using Inkstone.Content;

namespace Inkstone.Tests.Content;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("Swin Transformer", "swin-transformer")]
    [InlineData("0-1 背包问题", "0-1-背包问题")]
    [InlineData("GRPO 与 PPO：有何不同？", "grpo-与-ppo-有何不同")]
    [InlineData("  Heap   Sort!! ", "heap-sort")]
    [InlineData("第 k 大的元素", "第-k-大的元素")]
    [InlineData("ＦｕｌｌＷｉｄｔｈ", "fullwidth")]
    [InlineData("Ünïcödé Straße", "ünïcödé-straße")]
    [InlineData("セグメント エニシング", "セグメント-エニシング")]
    public void Slugs_keep_chinese_lowercase_latin_and_turn_spaces_into_hyphens(string title, string slug) =>
        Assert.Equal(slug, Slugifier.Slugify(title));
}
