using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

/// <summary>Runs the examples of <c>Specs/*.md</c>: each Markdown input, built as a post, must render the expected HTML.</summary>
public sealed class RichContentSpecTests
{
    private static string SpecFolder => Path.Combine(RepositoryPaths.Root, "tests", "Inkstone.Tests", "Markdown", "Specs");

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
            image_processing: false
            -- static/images/pixel.png --
            -- content/posts/other.md --
            ---
            title: Other
            date: 2025-01-01
            ---
            ## 目标小节
            -- content/posts/spec.md --
            ---
            title: Spec
            date: 2025-01-02
            ---
            {example.Markdown}
            """);
        var content = Html.Parse(site.File("posts/spec/index.html")).One(".e-content").InnerHtml;
        Assert.Empty(site.Diagnostics);
        Assert.Equal(example.Expected(Path.Combine(SpecFolder, file), content, HtmlNormalizer.Normalize), HtmlNormalizer.Normalize(content));
    }
}
