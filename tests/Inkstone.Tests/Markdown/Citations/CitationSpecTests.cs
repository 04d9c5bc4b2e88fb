using Inkstone.Testing;

namespace Inkstone.Tests.Markdown.Citations;

/// <summary>
/// Runs the examples of <c>Citations/Specs/STYLE.md</c>: each Markdown input, in a post of a site whose <c>references.bib</c> is
/// <see cref="Bibliography"/> and whose style is the file's name, must render the expected HTML. Previews are left out of the
/// comparison (each repeats its reference-list entry; <see cref="CitationTests"/> checks them).
/// </summary>
public sealed class CitationSpecTests
{
    internal const string Bibliography = """
        @string{neurips = "Advances in Neural Information Processing Systems"}
        @inproceedings{vaswani2017,
          author = {Vaswani, Ashish and Shazeer, Noam and Parmar, Niki and Uszkoreit, Jakob and Jones, Llion and Gomez, Aidan N. and Kaiser, {\L}ukasz and Polosukhin, Illia},
          title = {Attention Is All You Need},
          booktitle = neurips,
          volume = {30},
          pages = {5998--6008},
          year = {2017},
        }
        @article{hochreiter1997,
          author = {Hochreiter, Sepp and Schmidhuber, J{\"u}rgen},
          title = {Long Short-Term Memory},
          journal = {Neural Computation},
          volume = {9}, number = {8}, pages = {1735--1780}, year = {1997}, month = nov,
          doi = {10.1162/neco.1997.9.8.1735},
        }
        @inproceedings{schulman2015trpo,
          author = {Schulman, John and Levine, Sergey and Moritz, Philipp and Jordan, Michael I. and Abbeel, Pieter},
          title = {Trust Region Policy Optimization},
          booktitle = {Proceedings of the 32nd International Conference on Machine Learning},
          pages = {1889--1897}, year = {2015},
        }
        @misc{schulman2015gae,
          author = {Schulman, John and Moritz, Philipp and Levine, Sergey and Jordan, Michael and Abbeel, Pieter},
          title = {High-Dimensional Continuous Control Using Generalized Advantage Estimation},
          year = {2015}, eprint = {1506.02438}, archivePrefix = {arXiv},
        }
        @article{dijkstra1959,
          author = {Dijkstra, Edsger W.},
          title = {A Note on Two Problems in Connexion with Graphs},
          journal = {Numerische Mathematik}, volume = {1}, pages = {269--271}, year = {1959},
          doi = {10.1007/BF01386390},
        }
        """;

    private static string SpecFolder => Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Tests", "Markdown", "Citations", "Specs");

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(SpecFolder, "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var example in MarkdownSpecExample.Read(file))
            {
                data.Add(Path.GetFileName(file), example.Line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_renders_the_expected_html(string file, int line)
    {
        var example = MarkdownSpecExample.Read(Path.Combine(SpecFolder, file)).Single(e => e.Line == line);
        var site = BuiltSite.Build($"""
            -- inkstone.yml --
            title: Spec
            base_url: https://example.org/
            language: en
            citations:
              style: {Path.GetFileNameWithoutExtension(file)}
            -- references.bib --
            {Bibliography}
            -- content/posts/spec.md --
            ---
            title: Spec
            date: 2025-01-02
            ---
            {example.Markdown}
            """);
        var content = Html.Parse(site.File("posts/spec/index.html")).One(".e-content");
        foreach (var preview in content.QuerySelectorAll(".cite__preview").ToList())
        {
            preview.Remove();
        }

        Assert.Equal(example.Expected(Path.Combine(SpecFolder, file), content.InnerHtml, HtmlNormalizer.Normalize), HtmlNormalizer.Normalize(content.InnerHtml));
    }
}
