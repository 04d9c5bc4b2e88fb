using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

/// <summary>A whole site: fences in languages only the TextMate grammars know are highlighted, an unknown one still warns.</summary>
public sealed class LongTailHighlightingTests
{
    [Fact]
    public void Fences_in_long_tail_languages_are_highlighted_in_the_shared_classes_and_only_unknown_ones_warn()
    {
        var site = BuiltSite.Build("""
            -- inkstone.yml --
            title: T
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            ---
            ```haskell
            -- | squares
            main = print (sum [x * x | x <- [1 .. 10 :: Int]])
            ```

            ```rb
            puts "hi" # greet
            ```

            ```brainfudge
            +[-->-[>>+>-----<<]<--<---]>-.
            ```
            """).AssertSucceeded();
        var html = site.File("posts/p/index.html");
        Assert.Contains("<span class=\"cd\"> squares</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"n\">10</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"s\">&quot;hi&quot;</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"c\"># greet</span>", html, StringComparison.Ordinal);
        var warning = Assert.Single(site.Diagnostics, d => d.Id == "INK0501");
        Assert.Contains("brainfudge", warning.Message, StringComparison.Ordinal);
    }
}
