using System.Text.Json;

namespace Inkstone.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LayoutTests(SampleBlog blog)
{
    public static TheoryData<string> Pages => new()
    {
        "/",
        "/page/2/",
        PostPageTests.Post,
        "/posts/grpo-vs-ppo/",
        "/posts/linear-attention/",
        "/posts/swin-transformer/",
        "/posts/kth-largest/",
        "/posts/heap-sort/",
        "/posts/binary-search/",
        "/categories/",
        "/categories/algorithm/",
        "/tags/",
        "/archives/",
        "/about/",
        "/search/?q=背包",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Nothing_overflows_sideways_on_a_360_pixel_wide_phone(string path)
    {
        await using var tab = await blog.OpenAsync(path, new TabOptions { Width = 360, Height = 740, Mobile = true });
        if (path.StartsWith("/search/", StringComparison.Ordinal))
        {
            await SearchTests.WaitForResultsAsync(tab.Page, "#search-page-results", ".search-page__status");
        }

        var layout = await tab.Page.EvaluateAsync<JsonElement>("""
            () => {
              const width = document.documentElement.clientWidth;
              // Name the widest elements that stick out, unless an ancestor scrolls them (tables, code, display math).
              const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === "auto" || o === "scroll" || o === "hidden") return true; } return false; };
              const wide = Array.from(document.body.querySelectorAll("*"))
                .filter(e => e.getBoundingClientRect().right > width + 0.5 && !scrolls(e))
                .slice(0, 5).map(e => e.tagName.toLowerCase() + "." + Array.from(e.classList).join(".") + " right=" + Math.round(e.getBoundingClientRect().right));
              return { scrollWidth: document.documentElement.scrollWidth, width, wide };
            }
            """);
        Assert.True(layout.GetProperty("scrollWidth").GetInt32() <= 360,
            $"{path} is {layout.GetProperty("scrollWidth")} px wide at 360 px: {layout.GetProperty("wide")}");
        Assert.Equal(360, layout.GetProperty("width").GetInt32());
    }
}
