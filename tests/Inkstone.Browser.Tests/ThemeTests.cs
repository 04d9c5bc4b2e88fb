using Microsoft.Playwright;

namespace Inkstone.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class ThemeTests(SampleBlog blog)
{
    private const string State = """
        () => ({ theme: document.documentElement.getAttribute("data-theme") || "",
                 background: getComputedStyle(document.body).backgroundColor,
                 pressed: document.querySelector(".theme-toggle").getAttribute("aria-pressed") })
        """;

    [Fact]
    public async Task The_dark_toggle_sets_the_theme_and_it_persists_across_pages_and_reloads()
    {
        await using var tab = await blog.OpenAsync("/");
        var light = await tab.Page.EvaluateAsync<PageTheme>(State);
        Assert.Equal(new PageTheme { Theme = "", Background = light.Background, Pressed = "false" }, light);
        Assert.True(Luminance(light.Background) > 0.8, "light background " + light.Background);

        await tab.Page.ClickAsync(".theme-toggle");
        var dark = await tab.Page.EvaluateAsync<PageTheme>(State);
        Assert.Equal("dark", dark.Theme);
        Assert.Equal("true", dark.Pressed);
        Assert.True(Luminance(dark.Background) < 0.1, "dark background " + dark.Background);

        await tab.Page.ClickAsync(".card__title a >> text=Computing Softmax Without Overflow");
        await tab.Page.WaitForURLAsync("**/posts/softmax-stability/");
        Assert.Equal(dark, await tab.Page.EvaluateAsync<PageTheme>(State));

        await tab.Page.ReloadAsync();
        Assert.Equal(dark, await tab.Page.EvaluateAsync<PageTheme>(State));

        await tab.Page.ClickAsync(".theme-toggle");
        await tab.GoToAsync("/categories/");
        var back = await tab.Page.EvaluateAsync<PageTheme>(State);
        Assert.Equal(new PageTheme { Theme = "light", Background = light.Background, Pressed = "false" }, back);
    }

    [Fact]
    public async Task The_system_dark_palette_is_the_same_as_the_chosen_dark_palette()
    {
        const string Colours = """
            () => [".site-header", "body", ".post__content", ".post__content pre.hl", ".post__content .k", ".callout", ".toc a", ".post__content a", ".tag"]
              .map(s => { const e = document.querySelector(s), c = getComputedStyle(e); return s + " " + c.color + " on " + c.backgroundColor; })
            """;
        await using var chosen = await blog.OpenAsync(PostPageTests.Post, new TabOptions { Dark = true });
        await using var system = await blog.OpenAsync(PostPageTests.Post, new TabOptions { ColorScheme = ColorScheme.Dark });
        Assert.Equal(await chosen.Page.EvaluateAsync<string[]>(Colours), await system.Page.EvaluateAsync<string[]>(Colours));
        Assert.Equal("true", await system.Page.GetAttributeAsync(".theme-toggle", "aria-pressed"));
    }

    /// <summary>Relative luminance of a CSS rgb() colour, 0 for black and 1 for white.</summary>
    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        static double Linear(double c) => c <= 0.03928 ? c / 12.92 : System.Math.Pow((c + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(parts[0])) + (0.7152 * Linear(parts[1])) + (0.0722 * Linear(parts[2]));
    }
}
