using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>The TextMate path gives real token classes, in the hand-written lexers' vocabulary, for languages they do not cover.</summary>
public sealed class TextMateHighlightingTests
{
    [Theory]
    [InlineData("r", "c", "# fit a model")]
    [InlineData("r", "f", "lm")]
    [InlineData("r", "kc", "TRUE")]
    [InlineData("r", "k", "function")]
    [InlineData("r", "s", "\"n is\"")]
    [InlineData("haskell", "k", "module")]
    [InlineData("haskell", "kt", "Int")]
    [InlineData("haskell", "s", "\"total: \"")]
    [InlineData("haskell", "n", "0")]
    [InlineData("ruby", "k", "class")]
    [InlineData("ruby", "cl", "Greeter")]
    [InlineData("ruby", "f", "greet")]
    [InlineData("ruby", "si", "#{")]
    [InlineData("ruby", "c", "# greet everyone")]
    [InlineData("kotlin", "k", "fun")]
    [InlineData("kotlin", "cl", "Point")]
    [InlineData("kotlin", "c", "// a data class")]
    [InlineData("kotlin", "n", "1")]
    [InlineData("swift", "k", "struct")]
    [InlineData("swift", "kt", "Double")]
    [InlineData("swift", "f", "norm")]
    [InlineData("swift", "si", "\\(")]
    [InlineData("php", "k", "function")]
    [InlineData("php", "v", "$name")]
    [InlineData("php", "s", "\"Hello, \"")]
    [InlineData("php", "n", "42")]
    [InlineData("lua", "k", "local")]
    [InlineData("lua", "kc", "nil")]
    [InlineData("lua", "n", "2.5")]
    [InlineData("lua", "c", "-- a table")]
    [InlineData("julia", "c", "# Julia")]
    [InlineData("julia", "k", "function")]
    [InlineData("julia", "kt", "Float64")]
    [InlineData("matlab", "c", "% MATLAB")]
    [InlineData("matlab", "f", "sq")]
    [InlineData("matlab", "s", "'done'")]
    [InlineData("verilog", "k", "module")]
    [InlineData("verilog", "k", "always")]
    [InlineData("verilog", "n", "4'd1")]
    [InlineData("cmake", "k", "cmake_minimum_required")]
    [InlineData("cmake", "s", "\"-O2 -Wall\"")]
    [InlineData("ini", "c", "; settings")]
    [InlineData("ini", "h", "[server]")]
    [InlineData("ini", "pr", "host")]
    [InlineData("nginx", "c", "# proxy")]
    [InlineData("nginx", "n", "80")]
    [InlineData("viml", "k", "function")]
    [InlineData("viml", "s", "'vim'")]
    [InlineData("bat", "k", "echo")]
    [InlineData("bat", "c", " build it")]
    [InlineData("bat", "s", "\"world\"")]
    [InlineData("asm", "c", "; x86 assembly")]
    [InlineData("asm", "k", "mov")]
    [InlineData("asm", "n", "60")]
    [InlineData("scala", "k", "object")]
    [InlineData("elixir", "k", "defmodule")]
    [InlineData("perl", "k", "my")]
    [InlineData("dart", "s", "'Dart'")]
    [InlineData("zig", "k", "fn")]
    public void A_language_of_the_long_tail_gets_real_token_classes(string language, string cssClass, string text)
    {
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, language, TextMateSnippets.ByLanguage[language]);
        Assert.Contains(text, recorder.Tokens.Where(t => TokenClasses.Of(t.Kind) == cssClass).Select(t => t.Text));
    }

    [Fact]
    public void Every_snippet_round_trips_and_gets_comments_or_strings()
    {
        foreach (var (language, code) in TextMateSnippets.ByLanguage)
        {
            var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, language, code);
            Assert.Equal(code, recorder.Text());
            Assert.True(recorder.Of(TokenKind.Comment).Count + recorder.Of(TokenKind.String).Count > 0, language);
        }
    }

    [Fact]
    public void Cuda_stays_with_the_hand_written_cpp_lexer_and_is_highlighted()
    {
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, "cuda", "__global__ void add(float* x) { x[threadIdx.x] += 1.0f; } // kernel\n");
        Assert.Contains("void", recorder.Of(TokenKind.KeywordType));
        Assert.Contains("1.0f", recorder.Of(TokenKind.Number));
        Assert.Contains("// kernel", recorder.Of(TokenKind.Comment));
    }

    [Fact]
    public void The_output_is_escaped_HTML_with_the_shared_classes()
    {
        TextMateTestHighlighter.Instance.TryResolve("ruby", out var ruby);
        var lines = TextMateTestHighlighter.Instance.HighlightLines(ruby, "puts \"<b>&\" # x < y\n");
        Assert.Equal("<span class=\"nb\">puts</span> <span class=\"s\">&quot;&lt;b&gt;&amp;&quot;</span> <span class=\"c\"># x &lt; y</span>", Assert.Single(lines));
    }

    [Fact]
    public void Control_characters_become_control_pictures_so_feeds_stay_valid_XML()
    {
        TextMateTestHighlighter.Instance.TryResolve("lua", out var lua);
        var html = string.Concat(TextMateTestHighlighter.Instance.HighlightLines(lua, "print(\"\u0000\u0007\u001b[31m\") -- \u0008\n"));
        Assert.DoesNotContain(html, c => c < ' ' && c != '\t');
        Assert.Contains("\u2400", html);
        Assert.Contains("\u241B", html);
    }

    [Fact]
    public void Line_breaks_of_every_kind_end_lines_and_the_state_carries_over()
    {
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, "lua", "--[[ a\r\nlong\rcomment ]]\nx = 1");
        Assert.Equal(4, recorder.Lines.Count);
        Assert.Equal(["--[[ a", "long", "comment ]]"], recorder.Of(TokenKind.Comment));
        Assert.Contains("1", recorder.Of(TokenKind.Number));
    }

    [Fact]
    public void Parallel_highlighting_gives_what_one_thread_gives()
    {
        // Without a time budget: under a test run's load a thread that waits seconds for a core can spend a block's
        // budget (3 s) and show it plain, which is the budget doing its job, not threads sharing state (what this tests).
        var highlighter = new SyntaxHighlighter(TextMateLanguages.Create(TimeSpan.MaxValue, TimeSpan.Zero));
        var blocks = TextMateSnippets.ByLanguage.SelectMany(pair => Enumerable.Repeat(pair, 8)).ToList();
        var expected = blocks.Select(b => TokenRecorder.Highlight(highlighter, b.Key, b.Value).Render()).ToList();
        var parallel = new string[blocks.Count];
        Parallel.For(0, blocks.Count, i => parallel[i] = TokenRecorder.Highlight(highlighter, blocks[i].Key, blocks[i].Value).Render());
        Assert.Equal(expected, parallel);
    }
}
