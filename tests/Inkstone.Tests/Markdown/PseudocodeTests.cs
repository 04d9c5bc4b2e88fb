using Inkstone.Building;
using Inkstone.Diagnostics;
using Inkstone.FileSystem;
using Inkstone.Output;
using Inkstone.Testing;
using static Inkstone.Tests.Markdown.MathInPostsTests;

namespace Inkstone.Tests.Markdown;

/// <summary>
/// Pseudocode fences in whole sites: every problem is a diagnostic at its line and column in the fence, and the fence is
/// then shown as its source; captions in the post's language; labels cited across posts; the render cache. What each
/// construct renders is in <c>Specs/pseudocode.md</c>.
/// </summary>
public sealed class PseudocodeTests : IDisposable
{
    private const string Post = "content/posts/p.md";

    private readonly string _cache = Directory.CreateTempSubdirectory("inkstone-pseudocode-").FullName;

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private static string Fence(params string[] lines) => "```pseudocode\n" + string.Join('\n', lines) + "\n```";

    private static string[] Problems(BuiltSite site) => site.Diagnostics.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Id} {d.Message}").ToArray();

    [Fact]
    public void An_unknown_command_is_reported_at_its_place_with_the_command_it_was_meant_to_be()
    {
        // The fence starts on line 6 of the file, so its first line of pseudocode is line 7.
        var site = Build(Fence("\\If{x}", "  \\State y", "\\EndIff"));
        var problems = site.Diagnostics.OrderBy(d => d.Location.Line).ToList();

        Assert.Equal(["7:1 INK0351 \\If is never closed.", "9:1 INK0350 Pseudocode has no command \\EndIff."], Problems(site).Order(StringComparer.Ordinal));
        Assert.Equal("Did you mean \\EndIf?", problems[1].Hint);
        Assert.All(site.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_fence_with_a_problem_is_shown_as_its_source_in_a_code_block()
    {
        var html = MathInPostsTests.Content(Build(Fence("\\State a", "\\Frobnicate")));

        Assert.Contains("<code class=\"language-latex\">", html);
        Assert.Contains("Frobnicate", html);
        Assert.DoesNotContain("pseudocode__line", html);
    }

    [Fact]
    public void A_block_closed_by_the_wrong_command_names_the_open_block()
    {
        var site = Build(Fence("\\For{i}", "  \\State x", "\\EndWhile"));

        Assert.Equal(["7:1 INK0351 \\For is never closed.", "9:1 INK0351 \\EndWhile closes no block: the open block is \\For."], Problems(site).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_block_left_open_inside_another_is_reported_where_it_opens()
    {
        var site = Build(Fence("\\If{a}", "  \\For{b}", "    \\State c", "\\EndIf"));

        Assert.Equal(["8:3 INK0351 \\For is never closed: \\EndIf closes the block around it."], Problems(site));
    }

    [Fact]
    public void Else_outside_an_if_and_until_without_repeat_are_unbalanced()
    {
        var site = Build(Fence("\\State a", "\\Else", "\\Until{done}"));

        Assert.Equal(["8:1 INK0351 \\Else stands outside an \\If block.", "9:1 INK0351 \\Until closes no block."], Problems(site));
    }

    [Fact]
    public void An_else_if_after_the_else_is_unbalanced()
    {
        var site = Build(Fence("\\If{a}", "\\Else", "\\ElsIf{b}", "\\EndIf"));

        Assert.Equal(["9:1 INK0351 \\ElsIf comes after this \\If's \\Else."], Problems(site));
    }

    [Fact]
    public void A_formula_never_closed_is_reported_at_its_dollar()
    {
        var site = Build(Fence("\\State let $x + 1"));

        Assert.Equal(["7:12 INK0352 The formula opened with $ is never closed."], Problems(site));
    }

    [Fact]
    public void A_block_without_its_argument_in_braces_is_a_syntax_problem()
    {
        var site = Build(Fence("\\While x", "\\EndWhile"));

        Assert.Equal(["7:1 INK0352 \\While needs its argument in braces."], Problems(site));
    }

    [Fact]
    public void Text_outside_a_statement_asks_for_a_state()
    {
        var site = Build(Fence("just words"));

        Assert.Equal(["7:1 INK0352 This text stands outside a statement."], Problems(site));
        Assert.Equal("Start the line with \\State (or \\Statex for a line without a number).", site.Diagnostics[0].Hint);
    }

    [Fact]
    public void Braces_and_environments_that_do_not_close_or_exist_are_syntax_problems()
    {
        var site = Build(Fence("\\begin{tabular}", "\\State shut}", "\\begin{algorithmic}[x]", "\\State {open \\State more"));

        Assert.Equal([
            "7:8 INK0352 Pseudocode has no environment 'tabular'.",
            "8:12 INK0352 This } closes no brace.",
            "9:21 INK0352 [x] is not a number of lines.",
            "10:8 INK0352 This { is never closed.",
            "10:14 INK0352 \\State cannot stand inside braces.",
        ], Problems(site));
    }

    [Fact]
    public void Renaming_anything_but_the_annotation_words_is_a_syntax_problem()
    {
        var site = Build(Fence("\\renewcommand{\\algorithmicwhile}{\\textbf{as long as}}", "\\State a"));

        Assert.Equal(["7:15 INK0352 Pseudocode can rename only \\algorithmicrequire, \\algorithmicensure, \\algorithmicinput and \\algorithmicoutput, not '\\algorithmicwhile'."], Problems(site));
    }

    [Fact]
    public void A_label_used_twice_and_a_line_label_without_numbers_are_reported_and_the_algorithms_still_render()
    {
        var site = Build(Fence("\\caption{A}", "\\label{alg:x}", "\\State a") + "\n\n" + Fence("\\caption{B}", "\\label{alg:x}", "\\State b \\label{line:b}"));

        Assert.Equal([
            "14:8 INK0353 The label 'alg:x' is used twice in this post's pseudocode; a reference could only lead to the first.",
            "15:17 INK0353 The label 'line:b' names a line without a number, so a reference to it has nothing to show.",
        ], Problems(site).Order(StringComparer.Ordinal));
        Assert.Equal(2, Html.Parse(site.File("posts/p/index.html")).All("figure.pseudocode").Count);
    }

    [Fact]
    public void A_bad_formula_is_a_math_error_at_its_place_in_the_fence_and_the_algorithm_still_renders()
    {
        var site = Build(Fence("\\State a", "\\State $x = \\farc{1}{2}$"));

        Assert.Equal(["8:13 INK0401 Unknown command \\farc. (in the formula 'x = \\farc{1}{2}')"], Problems(site).Select(p => p.Replace("Did you mean", "", StringComparison.Ordinal)));
        Assert.Contains("pseudocode__line", MathInPostsTests.Content(site));
    }

    [Fact]
    public void With_strict_every_pseudocode_problem_is_an_error()
    {
        var site = Build(Fence("\\Frobnicate"), options: new BuildOptions { Strict = true });

        Assert.Equal(Severity.Error, Assert.Single(site.Diagnostics).Severity);
    }

    [Fact]
    public void A_post_in_english_captions_its_algorithms_in_english()
    {
        var html = MathInPostsTests.Content(Build(Fence("\\caption{Quicksort}", "\\State sort"), frontMatter: "lang: en").AssertSucceeded());

        Assert.Contains("<figcaption class=\"pseudocode__caption\"><span class=\"pseudocode__tag\">Algorithm 1:</span> Quicksort</figcaption>", html);
    }

    [Fact]
    public void A_link_from_another_post_to_an_algorithm_label_finds_its_anchor()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            base_url: https://example.org/
            -- content/posts/sort.md --
            ---
            title: Sort
            date: 2025-01-01
            ---
            ```pseudocode
            \caption{Sort}
            \label{alg:sort}
            \State sort
            ```
            -- content/posts/cite.md --
            ---
            title: Cite
            date: 2025-01-02
            ---
            See [the algorithm](sort.md#eq-alg:sort) and [nothing](sort.md#eq-alg:none).
            """);

        var problem = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.MissingAnchor, problem.Id);
        Assert.Contains("#eq-alg:none", problem.Message);
    }

    [Fact]
    public void The_excerpt_counts_an_algorithm_as_code_and_search_indexes_its_words()
    {
        var site = Build("开头。\n\n" + Fence("\\State frobnicate the widget") + "\n\n结尾。").AssertSucceeded();

        Assert.Contains("[代码]", site.File("index.html"));
        Assert.Contains(site.Output.Files.Keys.Where(k => k.StartsWith("search/", StringComparison.Ordinal)), k => site.File(k).Contains("frobnicate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cached_build_writes_the_same_algorithms_and_reports_the_same_problems()
    {
        var files = InlineSite.Parse($$"""
            -- inkstone.yml --
            title: T
            base_url: https://example.org/
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            ---
            {{Fence("\\caption{Good}", "\\State $x \\gets 1$")}}

            {{Fence("\\Frobnicate")}}
            """);
        var first = new MemoryOutput();
        var firstReport = SiteBuilder.Run(files, first, new BuildOptions { Now = BuiltSite.Now }, null, _cache);
        var second = new MemoryOutput();
        var secondReport = SiteBuilder.Run(files, second, new BuildOptions { Now = BuiltSite.Now }, null, _cache);

        Assert.Equal(1, secondReport.PostsFromCache);
        Assert.Equal(firstReport.Diagnostics, secondReport.Diagnostics);
        Assert.Equal(DiagnosticIds.PseudocodeUnknownCommand, Assert.Single(secondReport.Diagnostics).Id);
        Assert.Equal(first.ReadText("posts/p/index.html"), second.ReadText("posts/p/index.html"));
        Assert.Contains("pseudocode__caption", second.ReadText("posts/p/index.html"));
    }
}
