using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>A grammar that runs out of time, or a line too long to tokenize, never costs the block its escaping or the build its time.</summary>
public sealed class TextMateSafetyTests
{
    [Fact]
    public void A_block_past_its_time_budget_is_plain_escaped_text()
    {
        var highlighter = new SyntaxHighlighter(TextMateLanguages.Create(TimeSpan.Zero, TimeSpan.Zero));
        Assert.True(highlighter.TryResolve("ruby", out var ruby));
        var lines = highlighter.HighlightLines(ruby, "puts \"<b>\"\n# done\n");
        Assert.Equal(["puts &quot;&lt;b&gt;&quot;", "# done"], lines);
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_plain_and_the_lines_after_it_are_highlighted()
    {
        var code = "x = \"" + new string('a', TextMateLexer.MaxLineLength) + "\"\n# after\n";
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, "ruby", code);
        Assert.Equal(TokenKind.Text, Assert.Single(recorder.Lines[0]).Kind);
        Assert.Equal(["# after"], recorder.Of(TokenKind.Comment));
    }

    [Fact]
    public void Empty_code_gives_no_lines()
    {
        Assert.True(TextMateTestHighlighter.Instance.TryResolve("haskell", out var haskell));
        Assert.Empty(TextMateTestHighlighter.Instance.HighlightLines(haskell, ""));
    }
}
