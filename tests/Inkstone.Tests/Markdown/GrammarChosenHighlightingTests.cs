using Inkstone.Testing;

namespace Inkstone.Tests.Markdown;

/// <summary>
/// A whole site: the languages a build gives to a grammar (bash, PostgreSQL, PowerShell, LaTeX; TextMateLanguages.PreferredGrammars)
/// keep the reported defects fixed on the path a build takes, a transcript fenced as shell stays a transcript, pasted
/// terminal escapes leave the feeds valid XML, and nesting thousands of lines deep leaves the block plain, not the build stalled.
/// </summary>
public sealed class GrammarChosenHighlightingTests
{
    [Fact]
    public void Fences_a_grammar_highlights_keep_the_reported_defects_fixed_and_the_feeds_valid()
    {
        var nested = string.Concat(Enumerable.Repeat("echo $(\n", 20_000));
        const string Escape = "\u001b";
        var site = BuiltSite.Build($$"""
            -- inkstone.yml --
            title: T
            base_url: https://example.org/
            -- content/posts/p.md --
            ---
            title: P
            date: 2025-01-01
            ---
            ```postgresql
            SELECT doc #>> '{c}' FROM t ORDER BY v <#> '[1,2]';
            ```

            ```bash
            sudo apt-get install {libpng,libjpeg}-dev # {{Escape}}[31mred{{Escape}}[0m
            ```

            ```powershell
            Copy-Item build-output dist-folder
            ```

            ```latex
            Use \verb|%| here.
            ```

            ```shell
            user@host:~$ ls
            total 0
            ```

            ```bash
            {{nested}}```
            """).AssertSucceeded();

        var html = site.File("posts/p/index.html");
        Assert.Contains("<span class=\"s\">'{c}'</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"c\">#&gt;&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">build-output</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"c\">%", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pp\">user@host:~$</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"f\">lib", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', html);
        foreach (var feed in new[] { "atom.xml", "rss.xml" })
        {
            _ = System.Xml.Linq.XDocument.Parse(site.File(feed));
        }
    }
}
