using Inkstone.Diagnostics;
using Inkstone.Testing;

namespace Inkstone.Tests.Building;

/// <summary>Links to #anchors are checked against the ids the page really has: headings, and anchors written as raw HTML.</summary>
public sealed class AnchorCheckTests
{
    private static BuiltSite Build(string body) => BuiltSite.Build($"""
        -- inkstone.yml --
        title: 锚点
        -- content/posts/anchors.md --
        ---
        title: 锚点
        date: 2025-03-14
        ---
        {body}
        """);

    [Fact]
    public void An_anchor_written_as_a_named_a_element_satisfies_a_link()
    {
        var site = Build("""
            见[下文](#old-name)。

            <a name="old-name"></a>
            后文。
            """).AssertSucceeded();
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void An_id_in_single_quotes_on_any_element_satisfies_a_link()
    {
        var site = Build("""
            见[下文](#x)。

            一段 <span id='x'>标记</span> 文字。
            """).AssertSucceeded();
        Assert.Empty(site.Diagnostics);
    }

    [Fact]
    public void An_anchor_that_differs_only_in_case_is_a_warning_that_names_the_right_one()
    {
        var site = Build("""
            见[开头](#Intro)。

            ## Intro
            """).AssertSucceeded();
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.AnchorCase, warning.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'#Intro'", warning.Message);
        Assert.Contains("'#intro'", warning.Message);
        Assert.Equal("Write '#intro'.", warning.Hint);
        Assert.Equal("content/posts/anchors.md", warning.Location.Path);
        Assert.Equal(5, warning.Location.Line);
    }

    [Fact]
    public void A_missing_anchor_suggests_the_nearest_one()
    {
        var site = Build("""
            见[建堆](#建对)。

            ## 建堆
            """);
        var warning = Assert.Single(site.Diagnostics);
        Assert.Equal(DiagnosticIds.MissingAnchor, warning.Id);
        Assert.Equal("Did you mean '#建堆'?", warning.Hint);
    }
}
