using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

/// <summary>
/// Runs the examples of <c>Specs/ENGINE/*.md</c> in a site laid out as that engine lays it out (a Jekyll site for
/// <c>Specs/jekyll/</c>, a Hexo site for <c>Specs/hexo/</c>, a Hugo site for <c>Specs/hugo/</c>), since what a post means can depend on where it came
/// from: Liquid is evaluated in Jekyll and Hexo posts only. Each example is the body of one post, which must render
/// the expected HTML with no diagnostic.
/// </summary>
public sealed class EngineSpecTests
{
    private static string SpecFolder => Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Tests", "Markdown", "Specs");

    public static TheoryData<string, string, int> Examples()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var folder in Directory.GetDirectories(SpecFolder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                foreach (var example in MarkdownSpecExample.Read(file))
                {
                    data.Add(Path.GetFileName(folder), Path.GetFileName(file), example.Line);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_renders_the_expected_html_in_a_site_of_its_engine(string engine, string file, int line)
    {
        var example = MarkdownSpecExample.Read(Path.Combine(SpecFolder, engine, file)).Single(e => e.Line == line);
        var (site, output) = engine switch
        {
            "jekyll" => (JekyllSite(example.Markdown), "2025/01/02/spec.html"),
            "hexo" => (HexoSite(example.Markdown), "2025/01/spec/index.html"),
            "hugo" => (HugoSite(example.Markdown), "posts/spec/index.html"),
            "mkdocs" => (MkDocsSite(example.Markdown), "spec/index.html"),
            _ => throw new InvalidOperationException($"Specs/{engine}/ names no engine this test knows."),
        };
        // The sites' images are empty stand-ins, not pictures: processing them is ImageProcessingTests' business.
        var built = BuiltSite.Build("-- inkstone.yml --\nimage_processing: false\n" + site);
        var content = Html.Parse(built.File(output)).One(".e-content").InnerHtml;
        Assert.Empty(built.Diagnostics);
        Assert.Equal(example.Expected(Path.Combine(SpecFolder, engine, file), content, HtmlNormalizer.Normalize), HtmlNormalizer.Normalize(content));
    }

    private static string JekyllSite(string markdown) => $$$"""
        -- _config.yml --
        title: 规格
        description: 一个 Jekyll 站点
        url: https://example.org
        baseurl: /blog
        author:
          name: 林墨
        github_username: linmo
        -- _data/links.yml --
        - name: Jekyll
          url: https://jekyllrb.com
        - name: Hexo
          url: https://hexo.io
        -- _includes/figure.html --
        <figure class="include"><img src="{{ include.src | relative_url }}" alt="{{ include.alt }}"><figcaption>{{ include.caption }}</figcaption></figure>
        -- _includes/note.md --
        **{{ include.title | default: "注意" }}**：{{ include.text }}
        -- images/pixel.png --
        -- files/notes.pdf --
        -- about.md --
        ---
        title: 关于
        ---
        关于本站。
        -- _posts/2025-01-01-other.md --
        ---
        title: Other
        ---
        ## 目标小节
        -- _posts/2025-01-02-spec.md --
        ---
        title: Spec
        tags: [强化学习, GRPO]
        mood: 开心
        math: false
        views: 42
        ---
        {{{markdown}}}
        """;

    private static string HexoSite(string markdown) => $$$"""
        -- _config.yml --
        title: 规格
        url: https://example.org
        permalink: :year/:month/:title/
        post_asset_folder: true
        -- source/images/pixel.png --
        -- source/_posts/other.md --
        ---
        title: Other
        date: 2025-01-01
        ---
        ## 目标小节
        -- source/_posts/algorithms/binary-search.md --
        ---
        title: 二分查找
        date: 2024-12-01
        ---
        ## 二分

        每次排除一半。
        -- source/_posts/spec/pixel.png --
        -- source/_posts/spec/notes.pdf --
        -- source/_posts/spec.md --
        ---
        title: Spec
        date: 2025-01-02
        mood: 开心
        ---
        {{{markdown}}}
        """;

    private static string HugoSite(string markdown) => $$$"""
        -- hugo.toml --
        title = "规格"
        baseURL = "https://example.org/"
        languageCode = "zh-cn"
        [params]
        author = "林墨"
        [params.social]
        github = "linmo"
        -- static/images/pixel.png --
        -- content/posts/other.md --
        +++
        title = "Other"
        date = 2025-01-01
        +++
        ## 目标小节
        -- content/posts/algorithms/binary-search/index.md --
        +++
        title = "二分查找"
        date = 2024-12-01
        +++
        每次排除一半。
        -- content/posts/spec/pixel.png --
        -- content/posts/spec/index.md --
        +++
        title = "Spec"
        date = 2025-01-02
        mood = "**开心**"
        [params]
        color = "蓝"
        +++
        {{{markdown}}}
        """;

    private static string MkDocsSite(string markdown) => $$$"""
        -- mkdocs.yml --
        site_name: 规格
        site_url: https://example.org/
        markdown_extensions:
          - admonition
          - pymdownx.details
          - pymdownx.superfences
          - pymdownx.tabbed:
              alternate_style: true
          - pymdownx.snippets:
              base_path: [docs, snippets]
          - attr_list
          - md_in_html
          - pymdownx.keys
          - pymdownx.caret
          - pymdownx.tilde
          - pymdownx.arithmatex:
              generic: true
        -- snippets/abbr.md --
        共享的一段。
        -- docs/parts/steps.md --
        1. 安装
        2. 运行
        -- docs/index.md --
        # 首页
        -- docs/spec.md --
        {{{markdown}}}
        """;
}
