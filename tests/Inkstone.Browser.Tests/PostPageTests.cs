using System.Text.Json;

namespace Inkstone.Browser.Tests;

/// <summary>The knapsack post has display and inline math, a numbered C++ block, a callout and a table of contents.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PostPageTests(SampleBlog blog)
{
    public const string Post = "/posts/zero-one-knapsack/";

    [Fact]
    public async Task Formulas_are_laid_out_as_MathML_in_the_math_font()
    {
        await using var tab = await blog.OpenAsync(Post);
        var math = await tab.Page.EvaluateAsync<JsonElement>("""
            () => {
              const all = Array.from(document.querySelectorAll(".post__content math"));
              const empty = all.filter(m => { const r = m.getBoundingClientRect(); return !(r.width > 0 && r.height > 0); });
              const display = document.querySelector(".post__content math[display=block]").getBoundingClientRect();
              const inline = document.querySelector(".post__content p > math").getBoundingClientRect();
              const font = Array.from(document.fonts).find(f => f.family.replace(/"/g, "") === "Latin Modern Math");
              return {
                count: all.length, empty: empty.map(m => m.textContent.slice(0, 40)),
                displayWidth: display.width, displayHeight: display.height, inlineHeight: inline.height,
                fontStatus: font ? font.status : "absent",
                family: getComputedStyle(all[0]).fontFamily,
                native: CSS.supports("display", "math"),
              };
            }
            """);

        Assert.True(math.GetProperty("native").GetBoolean(), "This Chromium does not lay out MathML.");
        Assert.True(math.GetProperty("count").GetInt32() > 20);
        Assert.True(math.GetProperty("empty").GetArrayLength() == 0, "Formulas with no size: " + math.GetProperty("empty"));
        // The knapsack recurrence is a two-line cases block: wide and clearly taller than a line of text.
        Assert.True(math.GetProperty("displayWidth").GetDouble() > 200, "display width " + math.GetProperty("displayWidth"));
        Assert.True(math.GetProperty("displayHeight").GetDouble() > 2 * math.GetProperty("inlineHeight").GetDouble(), "display height " + math.GetProperty("displayHeight"));
        Assert.Equal("loaded", math.GetProperty("fontStatus").GetString());
        Assert.StartsWith("\"Latin Modern Math\"", math.GetProperty("family").GetString());
    }

    [Fact]
    public async Task Code_is_highlighted_with_token_colours_that_differ_from_plain_text()
    {
        await using var tab = await blog.OpenAsync(Post);
        var code = await tab.Page.EvaluateAsync<JsonElement>("""
            () => {
              const block = document.querySelector(".post__content pre.hl code");
              const plain = getComputedStyle(block).color;
              const tokens = Array.from(block.querySelectorAll(".lc span[class]"));
              const colours = new Set(tokens.map(t => getComputedStyle(t).color));
              const keyword = block.querySelector(".k");
              return { tokens: tokens.length, colours: colours.size, plain, keyword: getComputedStyle(keyword).color, keywordText: keyword.textContent };
            }
            """);

        Assert.True(code.GetProperty("tokens").GetInt32() > 50, "token spans: " + code.GetProperty("tokens"));
        Assert.True(code.GetProperty("colours").GetInt32() >= 5, "distinct token colours: " + code.GetProperty("colours"));
        Assert.NotEqual(code.GetProperty("plain").GetString(), code.GetProperty("keyword").GetString());
        Assert.Equal("struct", code.GetProperty("keywordText").GetString());
    }

    [Fact]
    public async Task The_copy_button_puts_the_code_on_the_clipboard_and_says_so()
    {
        await using var tab = await blog.OpenAsync(Post, new TabOptions { Clipboard = true });
        var block = tab.Page.Locator(".post__content pre.hl").First;
        var button = block.Locator(".copy-button");
        Assert.Equal("复制代码", await button.TextContentAsync());
        var expected = await block.EvaluateAsync<string>("pre => Array.from(pre.querySelectorAll('.lc')).map(l => l.textContent).join('\\n')");

        await block.HoverAsync();
        await button.ClickAsync();

        await tab.Page.WaitForFunctionAsync("b => b.classList.contains('is-done')", await button.ElementHandleAsync());
        Assert.Equal("已复制", await button.TextContentAsync());
        var copied = await tab.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(expected, copied);
        Assert.StartsWith("#include <algorithm>\n#include <vector>\n\nstruct Answer", copied);
        Assert.DoesNotContain("1#include", copied);
    }

    [Fact]
    public async Task On_a_touch_screen_the_copy_button_shows_without_covering_the_code()
    {
        await using var tab = await blog.OpenAsync(Post, TabOptions.Phone);
        var overlap = await tab.Page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll(".post__content pre.hl")).map(pre => {
              const button = pre.querySelector(".copy-button").getBoundingClientRect();
              const first = pre.querySelector(".line").getBoundingClientRect();
              return { opacity: getComputedStyle(pre.querySelector(".copy-button")).opacity, gap: first.top - button.bottom };
            })
            """);
        Assert.True(overlap.GetArrayLength() >= 2);
        foreach (var block in overlap.EnumerateArray())
        {
            Assert.Equal("1", block.GetProperty("opacity").GetString());
            Assert.True(block.GetProperty("gap").GetDouble() >= 0, $"The copy button overlaps the first line by {-block.GetProperty("gap").GetDouble()} px.");
        }
    }

    [Fact]
    public async Task Table_of_contents_links_jump_to_their_headings()
    {
        await using var tab = await blog.OpenAsync(Post);
        var links = tab.Page.Locator("nav.toc a");
        var count = await links.CountAsync();
        Assert.Equal(6, count);
        for (var i = count - 1; i >= 0; i--)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            await links.Nth(i).ClickAsync();
            var place = await tab.Page.EvaluateAsync<JsonElement>("""
                href => {
                  const id = decodeURIComponent(href.slice(1)), heading = document.getElementById(id);
                  return { hash: decodeURIComponent(location.hash), top: heading.getBoundingClientRect().top, height: innerHeight,
                           atEnd: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight };
                }
                """, href);
            Assert.Equal(href, place.GetProperty("hash").GetString());
            var top = place.GetProperty("top").GetDouble();
            // A heading near the end cannot reach the top of the window; it must still be in view.
            Assert.True(top >= -1 && (top < 120 || (place.GetProperty("atEnd").GetBoolean() && top < place.GetProperty("height").GetDouble())),
                $"After clicking {href} the heading is at {top}px.");
        }
    }

    [Fact]
    public async Task Callouts_show_their_title_and_body()
    {
        await using var tab = await blog.OpenAsync(Post);
        var callout = tab.Page.Locator(".post__content .callout--note").First;
        Assert.Equal("注意", (await callout.Locator(".callout__title").TextContentAsync())?.Trim());
        Assert.Contains("恰好", await callout.Locator(".callout__body").TextContentAsync());
        var box = await callout.BoundingBoxAsync();
        Assert.True(box is { Width: > 300, Height: > 40 });
    }
}
