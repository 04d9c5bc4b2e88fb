using System.Runtime.CompilerServices;
using Inkstone.SocialCards;
using Inkstone.Testing;

namespace Inkstone.Tests.SocialCards;

/// <summary>
/// Cards by structure and size: where the drawer put each text, at what size, in how many lines and whether it cut
/// it, against <c>CardLayouts.golden.txt</c>, and each PNG's dimensions. Drawn in WenQuanYi Micro Hei (tests/setup.sh
/// installs it), so the lines do not depend on which other faces the machine has. With
/// <c>INKSTONE_UPDATE_GOLDEN=1</c> the golden file is written again, and so are the screenshots in
/// <c>docs/screenshots/social-card-*.png</c>.
/// </summary>
public sealed class CardLayoutGoldenTests
{
    private static readonly CardStyle Style = CardStyle.Default with { Font = "WenQuanYi Micro Hei" };

    private static readonly (string Name, CardText Text)[] Cards =
    [
        ("en", new CardText("Inkstone Notes", "PPO, step by step: clipping, advantages and the value loss", "Reinforcement learning", "March 14, 2025")),
        ("zh", new CardText("墨砚 · 机器学习与算法笔记", "注意力从哪里来：从 LSTM 的门到 Transformer 的多头注意力", "自然语言处理", "2025年7月19日")),
        ("long-en", new CardText("Inkstone Notes", string.Join(' ', Enumerable.Repeat("A title that goes on and on", 8)), null, "2025-01-02")),
        ("long-zh", new CardText("墨砚", string.Concat(Enumerable.Repeat("一个很长很长的标题，", 12)), "随笔", "2025-01-02")),
        ("markup", new CardText("A & B", "Heaps <b> & 'Tries' > lists", "C&C", "2025-01-02")),
    ];

    [Fact]
    public void Cards_lay_out_their_text_as_the_golden_file_says_at_1200_by_630()
    {
        var drawer = new CardDrawer(Style);
        var layouts = new List<string>();
        foreach (var (name, text) in Cards)
        {
            var (png, layout) = drawer.Draw(text);
            using var image = NetVips.Image.NewFromBuffer(png);
            Assert.Equal((1200, 630), (image.Width, image.Height));
            layouts.Add($"== {name}\n{layout}");
            if (Update && name is "en" or "zh")
            {
                File.WriteAllBytes(Path.Combine(RepositoryPaths.Root, "docs", "screenshots", $"social-card-{name}.png"), png);
            }
        }

        var actual = string.Join("\n", layouts);
        var golden = GoldenFile();
        if (Update)
        {
            File.WriteAllText(golden, actual);
        }

        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [Fact]
    public void A_title_s_markup_characters_reach_pango_escaped()
    {
        Assert.Equal("Heaps &lt;b&gt; &amp; &apos;Tries&apos; &gt; &quot;lists&quot;", CardDrawer.Markup("Heaps <b> & 'Tries' > \"lists\""));
    }

    private static bool Update => Environment.GetEnvironmentVariable("INKSTONE_UPDATE_GOLDEN") == "1";

    private static string GoldenFile([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "CardLayouts.golden.txt");
}
