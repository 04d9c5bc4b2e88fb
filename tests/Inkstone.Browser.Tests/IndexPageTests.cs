using System.Text.Json;

namespace Inkstone.Browser.Tests;

[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class IndexPageTests(SampleBlog blog)
{
    [Fact]
    public async Task The_index_shows_cards_with_title_category_date_and_excerpt()
    {
        await using var tab = await blog.OpenAsync("/");
        var cards = await tab.Page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll(".card-list .card")).map(card => {
              const seen = el => !!el && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
              const title = card.querySelector(".card__title a"), category = card.querySelector(".card__category");
              const date = card.querySelector("time"), excerpt = card.querySelector(".card__excerpt");
              return {
                title: seen(title) ? title.textContent.trim() : "",
                link: title ? title.getAttribute("href") : "",
                category: seen(category) ? category.textContent.trim() : "",
                date: seen(date) ? date.getAttribute("datetime") + " " + date.textContent.trim() : "",
                excerpt: seen(excerpt) ? excerpt.textContent.trim() : "",
              };
            })
            """);

        Assert.Equal(6, cards.GetArrayLength());
        foreach (var card in cards.EnumerateArray())
        {
            var title = card.GetProperty("title").GetString()!;
            Assert.False(string.IsNullOrEmpty(title), "A card shows no title.");
            Assert.StartsWith("/posts/", card.GetProperty("link").GetString());
            Assert.Contains(card.GetProperty("category").GetString(), new[] { "NLP", "Computer Vision", "Algorithm", "Reinforcement Learning" });
            Assert.Matches(@"^\d{4}-\d\d-\d\dT.* \d{4}-\d\d-\d\d$", card.GetProperty("date").GetString());
            Assert.True(card.GetProperty("excerpt").GetString()!.Length > 40, $"The card for '{title}' has no excerpt.");
        }

        var first = cards[0];
        Assert.Equal("GRPO 与 PPO：去掉价值网络之后发生了什么", first.GetProperty("title").GetString());
        Assert.Equal("Reinforcement Learning", first.GetProperty("category").GetString());
        Assert.EndsWith("2025-03-14", first.GetProperty("date").GetString());
        Assert.StartsWith("在大语言模型的强化学习微调里", first.GetProperty("excerpt").GetString());
    }

    [Fact]
    public async Task A_card_title_leads_to_its_post()
    {
        await using var tab = await blog.OpenAsync("/");
        await tab.Page.ClickAsync(".card__title a >> text=Computing Softmax Without Overflow");
        await tab.Page.WaitForURLAsync("**/posts/softmax-stability/");
        Assert.Equal("Computing Softmax Without Overflow", (await tab.Page.TextContentAsync("h1.post__title"))?.Trim());
    }
}
