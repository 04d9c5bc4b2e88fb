namespace Inkstone.Highlighting.Tests;

public sealed class HardCaseTests
{
    [Theory]
    [InlineData("python", "x = 1e-10")]
    [InlineData("python", "x = 1_000_000")]
    [InlineData("c", "float x = 3.14f;")]
    [InlineData("c", "int x = 0x1F;")]
    [InlineData("java", "int x = 0b1010;")]
    [InlineData("javascript", "const x = 10n;")]
    [InlineData("java", "double x = 1.5e+3L;")]
    [InlineData("rust", "let x = 2.0_f64;")]
    [InlineData("cpp", "auto x = 1'000'000ULL;")]
    public void A_number_in_any_form_is_one_token(string language, string code)
    {
        var recorder = TokenRecorder.Highlight(language, code);

        var number = Assert.Single(recorder.Of(TokenKind.Number));
        Assert.Equal(code.Split(' ')[^1].TrimEnd(';'), number);
    }

    [Fact]
    public void A_python_docstring_is_a_docstring_and_a_hash_comment_is_a_comment()
    {
        var recorder = TokenRecorder.Highlight("python", "def f():\n    \"\"\"Doc.\n    More.\"\"\"\n    # note\n    s = \"\"\"data\"\"\"\n");

        Assert.Equal(["    \"\"\"Doc.", "    More.\"\"\""], recorder.Lines.Skip(1).Take(2).Select(l => string.Concat(l.Select(t => t.Text))));
        Assert.Equal(["\"\"\"Doc.", "    More.\"\"\""], recorder.Of(TokenKind.Docstring));
        Assert.Equal(["# note"], recorder.Of(TokenKind.Comment));
        Assert.Equal(["\"\"\"data\"\"\""], recorder.Of(TokenKind.String));
    }

    [Fact]
    public void A_python_f_string_hole_is_interpolation_with_code_inside()
    {
        var recorder = TokenRecorder.Highlight("python", "f\"loss {len(xs) + 1:.3f} {{literal}}\"");

        Assert.Equal(["{", ":.3f}"], recorder.Of(TokenKind.Interpolation));
        Assert.Equal(["len"], recorder.Of(TokenKind.Builtin));
        Assert.Equal(["1"], recorder.Of(TokenKind.Number));
        Assert.Equal(["{{", "}}"], recorder.Of(TokenKind.StringEscape));
        Assert.Equal(["f\"loss ", " ", "literal", "\""], recorder.Of(TokenKind.String));
    }

    [Fact]
    public void A_template_literal_hole_is_lexed_as_javascript()
    {
        var recorder = TokenRecorder.Highlight("javascript", "const s = `sum ${a + b} done`;");

        Assert.Equal(["${", "}"], recorder.Of(TokenKind.Interpolation));
        Assert.Contains("+", recorder.Of(TokenKind.Operator));
        Assert.Equal(["`sum ", " done`"], recorder.Of(TokenKind.String));
    }

    [Fact]
    public void Rust_block_comments_nest()
    {
        var recorder = TokenRecorder.Highlight("rust", "/* outer /* inner */ still comment */ fn main() {}");

        Assert.Equal(["/* outer /* inner */ still comment */"], recorder.Of(TokenKind.Comment));
        Assert.Equal(["main"], recorder.Of(TokenKind.Function));
    }

    [Fact]
    public void CSharp_verbatim_raw_and_interpolated_strings_are_strings()
    {
        var recorder = TokenRecorder.Highlight("csharp", "var a = @\"C:\\dir \"\"q\"\"\";\nvar b = \"\"\"\n  { \"x\": 1 }\n  \"\"\";\nvar c = $\"{n}\\n\";");

        var strings = recorder.Of(TokenKind.String);
        Assert.Equal("@\"C:\\dir ", strings[0]);
        Assert.Equal(["\"\"", "\"\"", "\\n"], recorder.Of(TokenKind.StringEscape));
        Assert.Contains("  { \"x\": 1 }", strings);
        Assert.Equal(["{", "}"], recorder.Of(TokenKind.Interpolation));
        Assert.DoesNotContain(TokenKind.Property, recorder.Tokens.Select(t => t.Kind));
    }

    [Fact]
    public void A_multi_line_c_comment_is_closed_and_reopened_on_every_line()
    {
        var html = new SyntaxHighlighter().HighlightLines(Resolve("c"), "int a; /* one\n two\n three */ int b;");

        Assert.Equal(
            [
                "<span class=\"kt\">int</span> a<span class=\"p\">;</span> <span class=\"c\">/* one</span>",
                "<span class=\"c\"> two</span>",
                "<span class=\"c\"> three */</span> <span class=\"kt\">int</span> b<span class=\"p\">;</span>",
            ],
            html);
    }

    [Fact]
    public void Shell_variables_and_command_substitution_are_recognised()
    {
        var recorder = TokenRecorder.Highlight("bash", "echo \"$HOME and ${x}\" $(ls -l | wc -l)");

        Assert.Equal(["$HOME", "${x}"], recorder.Of(TokenKind.Variable));
        Assert.Equal(["$(", ")"], recorder.Of(TokenKind.Interpolation));
        Assert.Equal(["ls", "wc"], recorder.Of(TokenKind.Function));
        Assert.Equal(["echo"], recorder.Of(TokenKind.Builtin));
    }

    [Fact]
    public void Console_prompts_are_marked_and_output_stays_plain()
    {
        var recorder = TokenRecorder.Highlight("console", "$ echo hi\nhi\n$ ls");

        Assert.Equal(["$", "$"], recorder.Of(TokenKind.Prompt));
        Assert.Equal([(TokenKind.Text, "hi")], recorder.Lines[1]);
    }

    [Fact]
    public void Decorators_and_attributes_are_marked()
    {
        Assert.Equal(["@torch.no_grad"], TokenRecorder.Highlight("python", "@torch.no_grad()\ndef f(): pass").Of(TokenKind.Decorator));
        Assert.Equal(["@Override"], TokenRecorder.Highlight("java", "@Override\npublic String toString() {}").Of(TokenKind.Decorator));
    }

    [Fact]
    public void Capitalised_names_are_types_but_declared_members_are_not()
    {
        var recorder = TokenRecorder.Highlight("csharp", "public string Name { get; set; }\nprivate List<Item> Items = new();\nenum Mode { Fast, Slow = 2 }");

        Assert.Equal(["List", "Item", "Mode"], recorder.Of(TokenKind.ClassName));
    }

    [Theory]
    [InlineData("typescript", "const m: Mode = x as Tracker;", new[] { "Mode", "Tracker" })]
    [InlineData("rust", "fn f() -> Found { Found::At(1) }", new[] { "Found", "Found" })]
    public void A_capitalised_name_after_a_colon_keyword_or_arrow_is_a_type(string language, string code, string[] types)
    {
        Assert.Equal(types, TokenRecorder.Highlight(language, code).Of(TokenKind.ClassName));
    }

    [Fact]
    public void Html_special_characters_in_code_are_escaped()
    {
        var html = new SyntaxHighlighter().HighlightToHtml(Resolve("text"), "if a < b && c > \"d\":");

        Assert.Equal("if a &lt; b &amp;&amp; c &gt; &quot;d&quot;:", html);
    }

    [Fact]
    public void Escaping_also_applies_inside_spans()
    {
        var html = new SyntaxHighlighter().HighlightToHtml(Resolve("cpp"), "#include <vector>");

        Assert.Equal("<span class=\"m\">#include</span> <span class=\"s\">&lt;vector&gt;</span>", html);
    }

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public async Task A_very_long_line_and_an_unterminated_string_finish(string language)
    {
        // Every character that starts a construct, unclosed, many times on one line: lexing must stay linear.
        var longLine = string.Concat(Enumerable.Repeat("abc = 1.5e3 / b 'c [d] f\"{x} *e `g #h $(i) ${j} <k l=\"m\"> @n \\o & ", 10_000));
        var unterminated = "x = \"never closed\n/* open comment\n'\n`\n\"\"\"\n${\n$(";

        var work = Task.Run(() =>
        {
            TokenRecorder.Highlight(language, longLine);
            return TokenRecorder.Highlight(language, unterminated);
        });
        var recorder = await work.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(unterminated, recorder.Text());
    }

    [Fact]
    public void Empty_input_produces_no_lines()
    {
        var recorder = TokenRecorder.Highlight("python", "");

        Assert.Empty(recorder.Lines);
    }

    [Fact]
    public void Crlf_line_breaks_end_lines_and_never_reach_the_output()
    {
        var lines = new SyntaxHighlighter().HighlightLines(Resolve("python"), "a = 1\r\n# c\r\n\r\nb = \"\"\"x\r\ny\"\"\"\r\n");

        Assert.Equal(
            [
                "a <span class=\"o\">=</span> <span class=\"n\">1</span>",
                "<span class=\"c\"># c</span>",
                "",
                "b <span class=\"o\">=</span> <span class=\"s\">&quot;&quot;&quot;x</span>",
                "<span class=\"s\">y&quot;&quot;&quot;</span>",
            ],
            lines);
    }

    [Fact]
    public void A_trailing_line_break_does_not_add_an_empty_line()
    {
        Assert.Single(TokenRecorder.Highlight("text", "one\n").Lines);
        Assert.Equal(2, TokenRecorder.Highlight("text", "one\n\n").Lines.Count);
    }

    public static TheoryData<string> LanguageNames() => new(new SyntaxHighlighter().Languages.Select(l => l.Name));

    private static HighlightLanguage Resolve(string name)
    {
        Assert.True(new SyntaxHighlighter().TryResolve(name, out var language));
        return language;
    }
}
