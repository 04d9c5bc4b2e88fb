using System.Text;
using System.Text.Json;
using Inkstone.Testing;

namespace Inkstone.Tests.Search;

public sealed class SearchSiteTests
{
    private const string Site = """
        -- inkstone.yml --
        title: 墨砚
        base_url: https://example.org/blog/
        timezone: Asia/Shanghai
        -- content/posts/knapsack.md --
        ---
        title: 0-1 背包问题
        date: 2025-03-01 10:00:00
        categories: [算法]
        tags: [动态规划]
        ---
        每件物品只能选一次。用 `heapq` 也可以，复杂度 O(n)。

        ## 状态转移

        $$ f_i = \max(f_{i-1}, x_i) $$
        -- content/posts/transformer.md --
        ---
        title: Attention and the Transformer
        date: 2025-02-01 10:00:00
        categories: [NLP]
        tags: [top-k]
        ---
        The Transformer replaces recurrence with attention. 这里也提到背包。
        -- content/posts/older.md --
        ---
        title: 旧文：复习
        date: 2024-01-01 10:00:00
        categories: [杂记]
        ---
        没有什么特别的，只是提到背包和 transformers。
        -- content/posts/split.md --
        ---
        title: 拆开的词
        date: 2025-04-01 10:00:00
        ---
        背包很重。包问候你。
        -- content/about.md --
        ---
        title: 关于
        ---
        关于本站。
        """;

    private static readonly Lazy<BuiltSite> Built = new(() => BuiltSite.Build(Site).AssertSucceeded());

    private static ShardedIndexReader Reader() => new(name => Built.Value.Output.Files.GetValueOrDefault("search/" + name));

    [Fact]
    public void The_build_writes_the_meta_file_and_the_shards()
    {
        var site = Built.Value;
        var meta = JsonDocument.Parse(site.File("search/meta.json")).RootElement;
        Assert.Equal(1, meta.GetProperty("version").GetInt32());
        Assert.Equal(5, meta.GetProperty("docs").GetInt32());
        Assert.Equal(16, meta.GetProperty("fields").GetProperty("Title").GetInt32());
        Assert.True(site.Exists("search/docs-0.json"));
        Assert.True(site.Exists("search/terms-0.json"));
    }

    [Fact]
    public void Documents_carry_title_link_category_date_and_text_newest_first()
    {
        var docs = new[] { "search/docs-0.json", "search/docs-1.json" }
            .SelectMany(f => JsonDocument.Parse(Built.Value.File(f)).RootElement.EnumerateArray()).ToList();
        Assert.Equal(["拆开的词", "0-1 背包问题", "Attention and the Transformer", "旧文：复习", "关于"], docs.Select(d => d.GetProperty("title").GetString()));
        var knapsack = docs[1];
        Assert.Equal("/blog/posts/knapsack/", knapsack.GetProperty("url").GetString());
        Assert.Equal("算法", knapsack.GetProperty("category").GetString());
        Assert.Equal("2025-03-01", knapsack.GetProperty("date").GetString());
        Assert.StartsWith("每件物品只能选一次。用 heapq 也可以", knapsack.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, docs[4].GetProperty("date").ValueKind);
    }

    [Fact]
    public void Looking_up_a_chinese_word_finds_every_post_that_has_it()
    {
        Assert.Equal(["0-1 背包问题", "拆开的词", "Attention and the Transformer", "旧文：复习"], Reader().Search("背包"));
    }

    [Fact]
    public void A_chinese_query_must_occur_as_written_not_only_as_bigrams()
    {
        // 拆开的词 has 背包 and 包问 but never 背包问.
        Assert.Equal(["0-1 背包问题"], Reader().Search("背包问"));
    }

    [Fact]
    public void A_latin_prefix_finds_the_whole_word_and_reads_one_term_shard()
    {
        var reader = Reader();
        Assert.Equal(["Attention and the Transformer", "旧文：复习"], reader.Search("transf"));
        Assert.Single(reader.FilesRead, f => f.StartsWith("terms-", StringComparison.Ordinal));
    }

    [Fact]
    public void Identifiers_code_and_math_are_findable()
    {
        Assert.Equal(["0-1 背包问题"], Reader().Search("heapq"));
        Assert.Equal(["0-1 背包问题"], Reader().Search("O(n)"));
        Assert.Equal(["0-1 背包问题"], Reader().Search("x_i"));
        Assert.Equal(["Attention and the Transformer"], Reader().Search("top-k"));
    }

    [Fact]
    public void Headings_tags_and_categories_are_indexed()
    {
        Assert.Equal(["0-1 背包问题"], Reader().Search("状态转移"));
        Assert.Equal(["0-1 背包问题"], Reader().Search("动态规划"));
        Assert.Equal(["Attention and the Transformer"], Reader().Search("nlp"));
    }

    [Fact]
    public void Every_query_term_is_required()
    {
        Assert.Equal(["Attention and the Transformer"], Reader().Search("transformer 背包 attention"));
        Assert.Empty(Reader().Search("transformer 状态"));
    }

    [Fact]
    public void The_search_page_renders_with_a_fallback_for_readers_without_javascript()
    {
        var page = Html.Parse(Built.Value.File("search/index.html"));
        Assert.NotNull(page.One("[data-search-page] input[name=q]"));
        var noscript = page.One("noscript").InnerHtml;
        Assert.Contains("/blog/archives/", noscript, StringComparison.Ordinal);
        Assert.Contains("JavaScript", noscript, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_the_header_search_form_and_loads_the_script()
    {
        var pages = Built.Value.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 5);
        Assert.All(pages, path =>
        {
            var html = Html.Parse(Built.Value.File(path));
            var form = html.One("header form.site-search");
            Assert.Equal("/blog/search/", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            Assert.NotNull(form.QuerySelector("input[name=q]"));
            var script = html.One("script[src^='/blog/assets/js/search.'][defer]").GetAttribute("src")!;
            Assert.Matches(@"^/blog/assets/js/search\.[0-9a-f]{8}\.js$", script);
            Assert.True(Built.Value.Exists(script["/blog/".Length..]));
        });
    }

    [Fact]
    public void The_search_page_is_in_the_sitemap_and_the_assets_are_copied()
    {
        Assert.Contains("<loc>https://example.org/blog/search/</loc>", Built.Value.File("sitemap.xml"), StringComparison.Ordinal);
        Assert.True(Built.Value.Exists("assets/js/search.js"));
        Assert.True(Built.Value.Exists("assets/css/search.css"));
    }

    [Fact]
    public void The_search_script_stays_small_and_asks_no_other_host()
    {
        var script = Encoding.UTF8.GetString(Built.Value.Output.Files["assets/js/search.js"]);
        Assert.True(script.Length < 15 * 1024, $"search.js is {script.Length} bytes");
        Assert.DoesNotContain("http://", script, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", script, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_hit_ranks_above_newer_posts_that_only_mention_the_word()
    {
        // 0-1 背包问题 (March) is older than 拆开的词 (April), which has 背包 in its body only.
        Assert.Equal("0-1 背包问题", Reader().Search("背包")[0]);
    }

    [Fact]
    public void Among_equal_hits_the_newer_post_comes_first()
    {
        // Each of the three has 背包 in its body and nowhere else.
        Assert.Equal(["拆开的词", "Attention and the Transformer", "旧文：复习"], Reader().Search("背包").Skip(1));
    }

    [Fact]
    public void The_same_site_gives_the_same_index_bytes()
    {
        var again = BuiltSite.Build(Site).AssertSucceeded();
        var files = Built.Value.Output.Files.Where(f => f.Key.StartsWith("search/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(f.Value, again.Output.Files[f.Key]));
    }
}
