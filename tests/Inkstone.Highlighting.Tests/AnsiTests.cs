namespace Inkstone.Highlighting.Tests;

/// <summary>Terminal output pasted with its escape sequences reads as the terminal showed it, and never puts a control character in a page.</summary>
public sealed class AnsiTests
{
    private const string Esc = "\u001b";

    [Fact]
    public void Colour_codes_are_hidden_and_colour_the_text_they_precede()
    {
        var recorder = TokenRecorder.Highlight("ansi", $"{Esc}[31mFAILED{Esc}[0m test_grad {Esc}[32mPASSED{Esc}[0m");

        Assert.Equal(["FAILED"], recorder.Of(TokenKind.Keyword));
        Assert.Equal(["PASSED"], recorder.Of(TokenKind.String));
        Assert.Equal([$"{Esc}[31m", $"{Esc}[0m", $"{Esc}[32m", $"{Esc}[0m"], recorder.Of(TokenKind.Hidden));
    }

    [Theory]
    [InlineData("1;33", nameof(TokenKind.Builtin))]
    [InlineData("1", nameof(TokenKind.Strong))]
    [InlineData("2", nameof(TokenKind.Comment))]
    [InlineData("3", nameof(TokenKind.Emphasis))]
    [InlineData("94", nameof(TokenKind.Constant))]
    [InlineData("38;5;208", nameof(TokenKind.Builtin))]
    [InlineData("38;5;196", nameof(TokenKind.Keyword))]
    [InlineData("38;2;80;200;120", nameof(TokenKind.String))]
    [InlineData("38;2;90;90;90", nameof(TokenKind.Comment))]
    [InlineData("36;48;5;17", nameof(TokenKind.Number))]
    public void Each_kind_of_colour_code_takes_the_nearest_colour_of_the_palette(string parameters, string kind)
    {
        var recorder = TokenRecorder.Highlight("ansi", $"{Esc}[{parameters}mword{Esc}[m");

        Assert.Equal(["word"], recorder.Of(Enum.Parse<TokenKind>(kind)));
    }

    [Fact]
    public void A_hyperlink_and_cursor_codes_are_hidden()
    {
        var recorder = TokenRecorder.Highlight("ansi", $"{Esc}]8;;https://example.org{Esc}\\link{Esc}]8;;{Esc}\\ done{Esc}[2K");

        Assert.Equal("link done", string.Concat(recorder.Tokens.Where(t => t.Kind != TokenKind.Hidden).Select(t => t.Text)));
    }

    [Fact]
    public void Console_output_keeps_its_colours_and_commands_stay_shell()
    {
        var recorder = TokenRecorder.Highlight("console", $"$ pytest -q\n{Esc}[31m1 failed{Esc}[0m, {Esc}[32m3 passed{Esc}[0m");

        Assert.Equal(["pytest"], recorder.Of(TokenKind.Function));
        Assert.Equal(["1 failed"], recorder.Of(TokenKind.Keyword));
        Assert.Equal(["3 passed"], recorder.Of(TokenKind.String));
    }

    [Fact]
    public void Plain_text_with_escape_sequences_is_read_as_terminal_output()
    {
        var recorder = TokenRecorder.Highlight("text", $"{Esc}[33mwarning{Esc}[0m: slow");

        Assert.Equal(["warning"], recorder.Of(TokenKind.Builtin));
    }

    [Fact]
    public void A_control_character_elsewhere_is_shown_as_its_picture_and_never_written_raw()
    {
        var highlighter = new SyntaxHighlighter();
        Assert.True(highlighter.TryResolve("python", out var python));

        var html = string.Join('\n', highlighter.HighlightLines(python, $"print(\"{Esc}[1mbold\u0007\")"));

        Assert.DoesNotContain(Esc, html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", html, StringComparison.Ordinal);
        Assert.Contains("\u241b[1mbold\u2407", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_of_terminal_output_holds_no_control_character()
    {
        var highlighter = new SyntaxHighlighter();
        Assert.True(highlighter.TryResolve("ansi", out var ansi));

        var html = string.Join('\n', highlighter.HighlightLines(ansi, $"{Esc}[1;31merror{Esc}[0m: {Esc}[4mno such file{Esc}[24m"));

        Assert.Equal("<span class=\"k\">error</span>: no such file", html);
    }
}
