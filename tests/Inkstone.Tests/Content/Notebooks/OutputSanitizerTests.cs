using Inkstone.Content.Notebooks;

namespace Inkstone.Tests.Content.Notebooks;

/// <summary>What the HTML and SVG sanitizers keep of a notebook's outputs, and what they leave out.</summary>
public sealed class OutputSanitizerTests
{
    [Theory]
    [InlineData("<table class=\"dataframe\"><tr><td>1</td></tr></table>", "<table class=\"dataframe\"><tr><td>1</td></tr></table>", false)]
    [InlineData("<td onclick=\"steal()\">1</td>", "<td>1</td>", true)]
    [InlineData("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>", true)]
    [InlineData("<style scoped>.x{color:red}</style><b>bold</b>", "<b>bold</b>", false)]
    [InlineData("<div style=\"position:fixed\">x</div>", "<div>x</div>", false)]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>ok", "ok", true)]
    [InlineData("<img src=\"https://tracker.example/p.png\">", "<img>", true)]
    [InlineData("<img src=\"data:image/png;base64,iVBOR\" alt=\"x\">", "<img src=\"data:image/png;base64,iVBOR\" alt=\"x\">", false)]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>", true)]
    [InlineData("<a href=\"https://example.org/\" target=\"_top\">x</a>", "<a href=\"https://example.org/\">x</a>", false)]
    [InlineData("<div><span>unclosed", "<div><span>unclosed</span></div>", false)]
    [InlineData("</div></article>text", "text", false)]
    [InlineData("<font color=red>kept text</font>", "kept text", false)]
    [InlineData("a < b && c > d", "a &lt; b && c &gt; d", false)]
    [InlineData("<!-- note --><p id=\"x\" title='t &amp; u'>p</p>", "<p title=\"t &amp; u\">p</p>", false)]
    [InlineData("<SCRIPT>x</SCRIPT>y", "y", true)]
    [InlineData("<svg onload=alert(1)><circle/></svg>after", "after", true)]
    public void Html_keeps_the_allowed_markup_and_drops_the_rest(string html, string kept, bool unsafeFound)
    {
        var result = HtmlSanitizer.Sanitize(html, 100_000);
        Assert.Equal(kept, result.Text);
        Assert.Equal(unsafeFound, result.Unsafe);
        Assert.False(result.Cut);
    }

    [Fact]
    public void Html_past_the_limit_is_cut_and_every_element_closed()
    {
        var result = HtmlSanitizer.Sanitize("<table><tr><td>" + new string('x', 50) + "</td></tr><tr><td>more</td></tr></table>", 20);
        Assert.True(result.Cut);
        Assert.EndsWith("</td></tr></table>", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("more", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_keeps_the_drawing_and_local_references()
    {
        var result = SvgSanitizer.Sanitize("""
            <?xml version="1.0"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
              <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
              <defs><path id="m" d="M 0 0 L 1 1"/></defs>
              <g clip-path="url(#c)"><use xlink:href="#m" x="2"/></g>
            </svg>
            """)!;
        Assert.False(result.Unsafe);
        Assert.Contains("<use xlink:href=\"#m\" x=\"2\" />", result.Text, StringComparison.Ordinal);
        Assert.Contains("clip-path=\"url(#c)\"", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("metadata", result.Text, StringComparison.Ordinal);
        Assert.StartsWith("<svg", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<rect onclick=\"alert(1)\" width=\"1\" height=\"1\"/>")]
    [InlineData("<use href=\"https://evil.example/sprite.svg#a\"/>")]
    [InlineData("<image href=\"https://tracker.example/p.png\"/>")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>")]
    [InlineData("<rect style=\"fill:url(https://evil.example/f)\"/>")]
    [InlineData("<style>@import url(https://evil.example/a.css);</style>")]
    public void Svg_loses_script_handlers_and_outside_references(string inside)
    {
        var result = SvgSanitizer.Sanitize($"<svg xmlns=\"http://www.w3.org/2000/svg\">{inside}<circle r=\"1\"/></svg>")!;
        Assert.True(result.Unsafe);
        Assert.DoesNotContain("evil", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", result.Text, StringComparison.Ordinal);
        Assert.Contains("<circle r=\"1\" />", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not xml at all <")]
    [InlineData("<html><body/></html>")]
    [InlineData("<svg>no namespace</svg>")]
    public void Text_that_is_not_an_svg_document_is_no_image(string text) => Assert.Null(SvgSanitizer.Sanitize(text));
}
