using Inkstone.Diagnostics;
using Inkstone.Testing;
using Inkstone.Tests.Markdown.Citations;

namespace Inkstone.Tests.Content.Notebooks;

/// <summary>Markdown cells cite from the site's bibliography as a Markdown post does, and a bad key is reported in the notebook file.</summary>
public sealed class NotebookCitationTests
{
    private static BuiltSite Build(string firstCell, string secondCell) => BuiltSite.Build($$$"""
        -- inkstone.yml --
        title: T
        base_url: https://example.org/
        language: en
        -- references.bib --
        {{{CitationSpecTests.Bibliography}}}
        -- content/posts/nb.ipynb --
        {
         "cells": [
          {
           "cell_type": "raw",
           "metadata": {},
           "source": ["---\n", "title: Cited notebook\n", "date: 2025-02-03\n", "---"]
          },
          {
           "cell_type": "markdown",
           "metadata": {},
           "source": ["{{{firstCell}}}"]
          },
          {
           "cell_type": "code",
           "execution_count": 1,
           "metadata": {},
           "outputs": [],
           "source": ["x = 1"]
          },
          {
           "cell_type": "markdown",
           "metadata": {},
           "source": ["{{{secondCell}}}"]
          }
         ],
         "metadata": {"kernelspec": {"language": "python"}},
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """);

    private static AngleSharp.Dom.IDocument Page(BuiltSite site) => Html.Parse(site.File("posts/nb/index.html"));

    [Fact]
    public void Citations_in_different_cells_share_one_reference_list_in_author_order_at_the_end_of_the_post()
    {
        var page = Page(Build("Attention [@vaswani2017].", "Again @vaswani2017, and memory [@hochreiter1997].").AssertSucceeded());

        Assert.Equal(3, page.All(".citation").Count);
        Assert.Equal(["ref-hochreiter1997", "ref-vaswani2017"], page.All(".references__list li").Select(li => li.Id));
        Assert.Equal(["#cite-1", "#cite-2"], page.All("#ref-vaswani2017 .references__back a").Select(a => a.GetAttribute("href")));
        Assert.Same(page.All(".post__content > *").Last(), page.One(".references"));
    }

    [Fact]
    public void The_references_marker_in_a_cell_places_the_list_there()
    {
        var page = Page(Build("Attention [@vaswani2017].\\n\\n<!-- references -->", "A closing cell.").AssertSucceeded());

        var blocks = page.All(".post__content > *").ToList();
        var references = blocks.IndexOf(page.One(".references"));
        var closing = blocks.FindIndex(b => b.TextContent.Contains("A closing cell.", StringComparison.Ordinal));
        Assert.InRange(references, 1, closing - 1);
    }

    [Fact]
    public void An_unknown_key_in_a_cell_is_reported_at_its_line_in_the_notebook_and_its_cell()
    {
        var site = Build("Fine [@vaswani2017].", "Missing [@nobody2020].");

        var problem = Assert.Single(site.Diagnostics, d => d.Id == DiagnosticIds.CitationKeyUnknown);
        Assert.Equal(new SourceLocation("content/posts/nb.ipynb", 23, 25), problem.Location);
        Assert.StartsWith("In cell 4: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains("[@nobody2020]", Page(site).One(".post__content").TextContent, StringComparison.Ordinal);
    }
}
