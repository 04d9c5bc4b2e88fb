using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;

namespace Inkstone.Tests.SocialCards;

/// <summary>Each post's Open Graph image: drawn, named in the page's head, replaced by a cover, turned off, and kept across builds.</summary>
public sealed class SocialCardSiteTests
{
    private const string Site = """
        -- inkstone.yml --
        title: 墨砚
        base_url: https://x.org/blog/
        -- content/posts/heap.md --
        ---
        title: 堆与优先队列
        date: 2025-03-01
        categories: [算法]
        ---
        内容。
        -- content/posts/ppo.md --
        ---
        title: PPO, step by step
        date: 2025-03-14
        ---
        Text.

        """;

    private static string? OgImage(BuiltSite site, string post) =>
        Html.Parse(site.File($"posts/{post}/index.html")).QuerySelector("meta[property='og:image']")?.GetAttribute("content");

    private static string Meta(BuiltSite site, string post, string selector) =>
        Html.Parse(site.File($"posts/{post}/index.html")).One(selector).GetAttribute("content")!;

    private static List<string> Cards(BuiltSite site) => [.. site.Output.Files.Keys.Where(p => p.StartsWith("social-cards/", StringComparison.Ordinal))];

    [Fact]
    public void Each_post_gets_a_1200_by_630_png_card_that_its_head_names_with_its_size_and_alt()
    {
        var site = BuiltSite.Build(Site).AssertSucceeded();

        var url = OgImage(site, "heap")!;
        Assert.StartsWith("https://x.org/blog/social-cards/", url, StringComparison.Ordinal);
        Assert.EndsWith(".png", url, StringComparison.Ordinal);
        Assert.Equal("1200", Meta(site, "heap", "meta[property='og:image:width']"));
        Assert.Equal("630", Meta(site, "heap", "meta[property='og:image:height']"));
        Assert.Equal("堆与优先队列", Meta(site, "heap", "meta[property='og:image:alt']"));
        Assert.Equal("summary_large_image", Meta(site, "heap", "meta[name='twitter:card']"));
        using var png = NetVips.Image.NewFromBuffer(site.Output.Files[url["https://x.org/blog/".Length..]]);
        Assert.Equal((1200, 630, 3), (png.Width, png.Height, png.Bands));
        Assert.Equal(2, Cards(site).Count);
        Assert.NotEqual(url, OgImage(site, "ppo"));
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void A_cover_is_the_post_s_image_instead_of_a_drawn_card()
    {
        var site = BuiltSite.Build(Site.Replace("title: PPO, step by step", "title: PPO, step by step\ncover: /img/ppo.png", StringComparison.Ordinal) + """
            -- static/img/ppo.png --
            not really a png
            """).AssertSucceeded();

        Assert.Equal("https://x.org/blog/img/ppo.png", OgImage(site, "ppo"));
        Assert.Equal("summary_large_image", Meta(site, "ppo", "meta[name='twitter:card']"));
        Assert.Null(Html.Parse(site.File("posts/ppo/index.html")).QuerySelector("meta[property='og:image:width']"));
        Assert.Single(Cards(site));
    }

    [Fact]
    public void Social_cards_false_draws_no_card_and_names_no_image()
    {
        var site = BuiltSite.Build(Site.Replace("base_url: https://x.org/blog/", "base_url: https://x.org/blog/\nsocial_cards: false", StringComparison.Ordinal)).AssertSucceeded();

        Assert.Null(OgImage(site, "heap"));
        Assert.Null(Html.Parse(site.File("posts/heap/index.html")).QuerySelector("meta[name='twitter:card']"));
        Assert.Empty(Cards(site));
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void A_title_with_markup_characters_is_drawn_and_named_as_text()
    {
        var site = BuiltSite.Build(Site.Replace("title: PPO, step by step", "title: \"Heaps <b> & 'Tries' > lists\"", StringComparison.Ordinal)).AssertSucceeded();

        Assert.Equal("Heaps <b> & 'Tries' > lists", Meta(site, "ppo", "meta[property='og:image:alt']"));
        Assert.DoesNotContain("content=\"Heaps <b>", site.File("posts/ppo/index.html"), StringComparison.Ordinal);
        using var png = NetVips.Image.NewFromBuffer(site.Output.Files[OgImage(site, "ppo")!["https://x.org/blog/".Length..]]);
        Assert.Equal(1200, png.Width);
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void A_second_build_takes_every_card_from_the_cache_and_draws_none()
    {
        var cache = Directory.CreateTempSubdirectory("inkstone-cards-").FullName;
        try
        {
            var (first, firstOutput) = Build(cache);
            var (second, secondOutput) = Build(cache);

            Assert.Equal((2, 0), (first.Cards.Drawn, first.Cards.FromCache));
            Assert.Equal((0, 2), (second.Cards.Drawn, second.Cards.FromCache));
            var path = first.Cards.Cards.Values.First().OutputPath;
            Assert.Equal(firstOutput.Files[path], secondOutput.Files[path]);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void A_font_file_the_site_lacks_is_a_warning_at_its_setting_and_cards_are_drawn_in_the_theme_s_font()
    {
        var site = BuiltSite.Build(Site.Replace("base_url: https://x.org/blog/", "base_url: https://x.org/blog/\nsocial_cards:\n  font_file: fonts/missing.ttf", StringComparison.Ordinal)).AssertSucceeded();

        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal((DiagnosticIds.SocialCardFontMissing, "inkstone.yml", 4), (warning.Id, warning.Location.Path, warning.Location.Line));
        Assert.Equal(2, Cards(site).Count);
    }

    private static (BuildContext Context, MemoryOutput Output) Build(string cache)
    {
        var output = new MemoryOutput();
        var (report, context) = SiteBuilder.RunKeepingContext(InlineSite.Parse(Site), output, new BuildOptions { Now = BuiltSite.Now }, null, cache);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return (context, output);
    }
}
