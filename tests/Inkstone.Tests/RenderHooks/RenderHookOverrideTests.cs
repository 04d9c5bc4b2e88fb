using Inkstone.Testing;

namespace Inkstone.Tests.RenderHooks;

/// <summary>A site's <c>layouts/render/NAME.liquid</c> writes the markup of that element in every post, with the documented model.</summary>
public sealed class RenderHookOverrideTests
{
    private const string Post = """
        -- inkstone.yml --
        title: T
        language: en
        -- content/posts/p.md --
        ---
        title: P
        date: 2025-01-01
        ---
        ## Setting up

        See [the docs](https://example.org/docs "Docs") and [the other post](/posts/p/).

        > [!WARNING] Careful
        > Body *text*.

        ```python title="a.py" {2}
        x = 1
        y = 2
        ```

        $$
        E = mc^2
        $$

        ![A cat](/cat.png "The cat")

        Text with ![inline](/dog.png) image.

        | Name | Size |
        |:-----|-----:|
        | a    | 1    |
        """;

    private static string BodyWith(string hook, string template)
    {
        var site = BuiltSite.Build(Post + $"\n-- layouts/render/{hook}.liquid --\n{template}\n").AssertSucceeded();
        return site.File("posts/p/index.html");
    }

    [Fact]
    public void A_callout_hook_receives_kind_title_and_body()
    {
        var html = BodyWith("callout", """<aside data-kind="{{ kind }}" data-fold="{{ foldable }}"><b>{{ title }}</b>{{ body_html | raw }}</aside>""");
        Assert.Contains("<aside data-kind=\"warning\" data-fold=\"false\"><b>Careful</b><p>Body <em>text</em>.</p>\n</aside>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_block_hook_receives_language_title_and_lines()
    {
        var html = BodyWith("codeblock", """<pre data-lang="{{ language }}" title="{{ title }}">{% for line in lines %}{% if line.highlighted %}*{% endif %}{{ line.number }}:{{ line.text }};{% endfor %}</pre>""");
        Assert.Contains("<pre data-lang=\"python\" title=\"a.py\">1:x = 1;*2:y = 2;</pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_math_hook_receives_the_mathml_and_the_tex()
    {
        var html = BodyWith("math", """<div class="eq" data-tex="{{ tex }}">{{ mathml | raw }}</div>""");
        Assert.Contains("<div class=\"eq\" data-tex=\"E = mc^2\"><math", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_math_hook_receives_the_number_and_label_of_a_labelled_equation()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            ---
            $$
            a = b \label{eq:ab}
            $$
            -- layouts/render/math.liquid --
            <div class="eq" data-number="{{ number }}" data-label="{{ label }}"></div>
            """).AssertSucceeded();
        Assert.Contains("<div class=\"eq\" data-number=\"1\" data-label=\"eq:ab\"></div>", site.File("posts/p/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_hook_receives_the_caption_and_the_image()
    {
        var html = BodyWith("figure", """<figure class="mine">{{ image_html | raw }}<p>{{ caption }}</p></figure>""");
        Assert.Contains("<figure class=\"mine\"><img src=\"/cat.png\"", html, StringComparison.Ordinal);
        Assert.Contains("<p>The cat</p></figure>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_hook_receives_src_alt_and_title()
    {
        var html = BodyWith("image", """<picture data-alt="{{ alt }}" data-title="{{ title }}"><img src="{{ src }}"></picture>""");
        Assert.Contains("<picture data-alt=\"A cat\" data-title=\"The cat\"><img src=\"/cat.png\"></picture>", html, StringComparison.Ordinal);
        Assert.Contains("Text with <picture data-alt=\"inline\" data-title=\"\"><img src=\"/dog.png\"></picture> image.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_hook_receives_level_id_and_text()
    {
        var html = BodyWith("heading", """<h{{ level }} id="{{ id }}" class="mine">{{ text_html | raw }}</h{{ level }}>""");
        Assert.Contains("<h2 id=\"setting-up\" class=\"mine\">Setting up</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_hook_tells_external_links_from_the_sites_own()
    {
        var html = BodyWith("link", """<a href="{{ destination }}"{% if is_external %} rel="external"{% endif %}>{{ text_html | raw }}</a>""");
        Assert.Contains("<a href=\"https://example.org/docs\" rel=\"external\">the docs</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/posts/p/\">the other post</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_hook_receives_rows_cells_and_alignment()
    {
        var html = BodyWith("table", """<div class="grid">{% for row in body_rows %}{% for cell in row.cells %}[{{ cell.html | raw }}|{{ cell.align }}]{% endfor %}{% endfor %}</div>""");
        Assert.Contains("<div class=\"grid\">[a|left][1|right]</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_without_an_overriding_hook_keep_the_default_markup()
    {
        var html = BodyWith("link", """<a href="{{ destination }}">{{ text_html | raw }}</a>""");
        Assert.Contains("<div class=\"callout callout--warning\" role=\"note\"><p class=\"callout__title\">Careful</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"setting-up\">Setting up <a class=\"heading-anchor\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hook_with_a_syntax_error_is_reported_at_its_file()
    {
        var site = BuiltSite.Build(Post + "\n-- layouts/render/link.liquid --\n<a>{% if x %}</a>\n");
        var error = Assert.Single(site.Errors);
        Assert.Equal("INK0602", error.Id);
        Assert.Equal("layouts/render/link.liquid", error.Location.Path);
    }
}
