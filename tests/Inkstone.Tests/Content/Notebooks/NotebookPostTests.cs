using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Testing;

namespace Inkstone.Tests.Content.Notebooks;

/// <summary>A Jupyter notebook in content/posts/ is a post: the fixture every-output.ipynb, built as a whole site.</summary>
public sealed class NotebookPostTests
{
    private static readonly string Fixture = Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Tests", "Content", "Notebooks", "every-output.ipynb");

    private static BuiltSite BuildFixture(string config = "title: T\nbase_url: https://example.org/\n")
    {
        var files = InlineSite.Parse("-- inkstone.yml --\n" + config);
        files.Add("content/posts/every-output.ipynb", File.ReadAllBytes(Fixture));
        return BuiltSite.Build(files).AssertSucceeded();
    }

    private static AngleSharp.Dom.IDocument Page(BuiltSite site) => Html.Parse(site.File("posts/every-output/index.html"));

    [Fact]
    public void The_first_raw_cell_is_front_matter_over_the_notebook_metadata()
    {
        var page = Page(BuildFixture());
        Assert.Equal("Every output", page.One(".post__title").Text());
        Assert.Contains("2025-05-04", page.One("time.dt-published").GetAttribute("datetime"), StringComparison.Ordinal);
        Assert.Equal("#notebooks", page.One(".tag-list a").Text());
    }

    [Fact]
    public void Markdown_cells_go_through_the_post_pipeline_math_callouts_and_heading_ids()
    {
        var page = Page(BuildFixture());
        Assert.NotNull(page.QuerySelector(".post__content > p math"));
        Assert.Equal("Callouts work in cells.", page.One(".callout__body").Text());
        Assert.NotNull(page.QuerySelector("h2#streams"));
    }

    [Fact]
    public void Code_cells_are_highlighted_in_the_kernel_language_with_their_execution_count()
    {
        var page = Page(BuildFixture());
        var input = page.One(".nb-cell .nb-input");
        Assert.Equal("[1]", input.QuerySelector(".nb-count")!.Text());
        Assert.Equal("python", input.QuerySelector(".code-block")!.GetAttribute("data-lang"));
        Assert.NotNull(input.QuerySelector("code .nb"));
    }

    [Fact]
    public void Streams_keep_stdout_and_stderr_apart()
    {
        var page = Page(BuildFixture());
        Assert.Equal("to stdout", page.One(".nb-stream.nb-stdout").Text());
        Assert.Equal("to stderr", page.One(".nb-stream.nb-stderr").Text());
    }

    [Fact]
    public void Ansi_colours_of_text_and_tracebacks_become_the_palette_classes_without_escape_codes()
    {
        var page = Page(BuildFixture());
        var result = page.One(".nb-result");
        Assert.Equal("red", result.QuerySelector("span.k")!.Text());
        Assert.Equal("bold green", result.QuerySelector("span.s")!.Text());
        Assert.DoesNotContain("\u001b", page.One(".post__content").TextContent, StringComparison.Ordinal);
        Assert.Contains("ZeroDivisionError: division by zero", page.One(".nb-error").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Png_jpeg_and_svg_outputs_are_files_beside_the_page_with_their_sizes()
    {
        var site = BuildFixture();
        var images = Page(site).All(".nb-image img");
        Assert.Equal(3, images.Count);
        var png = images[0];
        Assert.Matches("^/posts/every-output/cell5-1-[0-9a-f]{8}\\.png$", png.GetAttribute("src"));
        Assert.Equal(("20", "10"), (png.GetAttribute("width"), png.GetAttribute("height"))); // the output's metadata halves its 40x20
        Assert.Equal(("48", "32"), (images[1].GetAttribute("width"), images[1].GetAttribute("height")));
        Assert.Equal("A gradient", images[1].GetAttribute("alt"));
        Assert.EndsWith(".svg", images[2].GetAttribute("src"), StringComparison.Ordinal);
        foreach (var image in images)
        {
            Assert.True(site.Exists(image.GetAttribute("src")!.TrimStart('/')), image.GetAttribute("src"));
        }

        Assert.StartsWith("\u0089PNG", System.Text.Encoding.Latin1.GetString(site.Output.Files[images[0].GetAttribute("src")!.TrimStart('/')])[..4], StringComparison.Ordinal);
    }

    [Fact]
    public void The_svg_written_keeps_the_drawing_and_loses_script_handlers_and_outside_references()
    {
        var site = BuildFixture();
        var svg = site.File(Page(site).All(".nb-image img")[2].GetAttribute("src")!.TrimStart('/'));
        Assert.Contains("<path d=\"M 0 60 L 40 20", svg, StringComparison.Ordinal);
        Assert.Contains("clip-path=\"url(#c)\"", svg, StringComparison.Ordinal);
        Assert.Contains("xlink:href=\"#c\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tracker.example", svg, StringComparison.Ordinal);
        Assert.Contains(site.Diagnostics, d => d.Id == DiagnosticIds.NotebookUnsafeOutput && d.Message.Contains("SVG", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dataframe_keeps_its_table_and_loses_its_script_handlers_and_styles()
    {
        var site = BuildFixture();
        var html = Page(site).One(".nb-html");
        Assert.Equal("1.5", html.QuerySelector("table.dataframe tbody td")!.Text());
        Assert.Empty(html.QuerySelectorAll("script, style, [onclick], [style], [border]"));
        Assert.DoesNotContain("pwned", site.File("posts/every-output/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Latex_outputs_are_compiled_to_math_and_markdown_outputs_rendered()
    {
        var page = Page(BuildFixture());
        Assert.NotNull(page.QuerySelector(".nb-latex .math-display math mfrac"));
        Assert.Equal("bold", page.One(".nb-markdown strong").Text());
    }

    [Fact]
    public void Folded_parts_are_labelled_in_the_sites_language()
    {
        var chinese = Page(BuildFixture());
        Assert.Equal("输出", chinese.One("details.nb-outputs > summary").Text());
        var english = Page(BuildFixture("title: T\nbase_url: https://example.org/\nlanguage: en\n"));
        Assert.Equal("Code[11]", english.One("details.nb-input > summary").Text());
        Assert.Equal("Output", english.One("details.nb-outputs > summary").Text());
    }

    [Fact]
    public void Tags_and_quarto_options_remove_or_fold_inputs_and_outputs()
    {
        var page = Page(BuildFixture());
        var text = page.One(".post__content").TextContent;
        Assert.DoesNotContain("secret_setup", text, StringComparison.Ordinal); // remove-cell
        Assert.Equal("代码[11]", page.One("details.nb-input > summary").Text()); // hide-input
        Assert.Contains("helper()", page.One("details.nb-input").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("quiet()", text, StringComparison.Ordinal); // #| echo: false
        Assert.Contains("only the output", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#|", text, StringComparison.Ordinal);
        Assert.Equal("folded output", page.One("details.nb-outputs .nb-stdout").Text()); // hide-output
        Assert.Contains("shown_code_only()", text, StringComparison.Ordinal); // #| output: false
        Assert.DoesNotContain("never shown", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_attached_to_a_markdown_cell_is_published_beside_the_page()
    {
        var site = BuildFixture();
        var image = Page(site).One(".post__content > p img[alt=pasted]");
        Assert.True(site.Exists(image.GetAttribute("src")!.TrimStart('/')));
    }

    [Fact]
    public void Outputs_longer_than_the_limit_are_cut_with_a_note()
    {
        var site = BuildFixture("title: T\nnotebooks:\n  output_limit: 12\n");
        var page = Page(site);
        Assert.Contains(page.All(".nb-cut"), p => p.Text().StartsWith("Output cut:", StringComparison.Ordinal));
        Assert.Contains(site.Diagnostics, d => d.Id == DiagnosticIds.NotebookOutputCut);
    }

    [Fact]
    public void Search_and_the_word_count_read_the_markdown_cells()
    {
        var site = BuildFixture();
        Assert.Contains("Callouts", string.Concat(site.Output.Files.Where(f => f.Key.StartsWith("search/docs-", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Value))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_math_error_in_a_markdown_cell_is_reported_at_its_line_in_the_notebook_and_its_cell()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            -- content/posts/nb.ipynb --
            {
             "cells": [
              {
               "cell_type": "markdown",
               "metadata": {},
               "source": [
                "# Title\n",
                "\n",
                "Broken $\\frac{1}{2$ here."
               ]
              }
             ],
             "metadata": {"kernelspec": {"language": "python"}},
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """);
        var problem = Assert.Single(site.Diagnostics, d => d.Id == DiagnosticIds.MathError);
        // Line 9 of the file; the unclosed brace is column 23 there, past the escaped backslash of \\frac.
        Assert.Equal(new SourceLocation("content/posts/nb.ipynb", 9, 23), problem.Location);
        Assert.StartsWith("In cell 1: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_outside_content_posts_is_not_a_post()
    {
        var files = InlineSite.Parse("-- inkstone.yml --\ntitle: T\n");
        files.Add("content/notes/every-output.ipynb", File.ReadAllBytes(Fixture));
        var site = BuiltSite.Build(files).AssertSucceeded();
        Assert.False(site.Exists("posts/every-output/index.html"));
    }
}
