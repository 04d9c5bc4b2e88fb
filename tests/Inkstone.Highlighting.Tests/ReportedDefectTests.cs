namespace Inkstone.Highlighting.Tests;

/// <summary>
/// Defects found on real code blocks from technical blogs, one test each, in the words of the report; run through the
/// hand-written lexers alone (<see cref="ReportedDefectsInTheHandWrittenLexersTests"/>) and through the engine a build
/// chooses per language (<see cref="ReportedDefectsAsABuildHighlightsTests"/>), where a grammar highlights bash,
/// PowerShell, SQL, PostgreSQL, LaTeX, Less and the rest of <c>TextMateLanguages.PreferredGrammars</c>.
/// A command is a function or a builtin: the lexers call <c>Get-ChildItem</c> one, VS Code's grammar the other.
/// </summary>
public abstract class ReportedDefectTests
{
    private protected abstract SyntaxHighlighter Highlighter { get; }

    private TokenRecorder Highlight(string language, string code) => TokenRecorder.Highlight(Highlighter, language, code);

    private static IEnumerable<string> Commands(TokenRecorder recorder) => recorder.Of(TokenKind.Function).Concat(recorder.Of(TokenKind.Builtin));

    [Fact]
    public void A_python_raw_string_is_not_closed_by_an_escaped_quote()
    {
        var recorder = Highlight("python", "p = r\"\\d+\\\"\\s*\"; q = 1");

        Assert.Equal(["r\"\\d+\\\"\\s*\""], recorder.Of(TokenKind.String));
        Assert.Equal(["1"], recorder.Of(TokenKind.Number));
    }

    [Theory]
    [InlineData("commit: 409115be4765")]
    [InlineData("id: 12ab")]
    [InlineData("version: 1.2.3")]
    public void A_yaml_value_that_only_starts_like_a_number_is_not_a_number(string line)
    {
        var recorder = Highlight("yaml", line);

        Assert.Empty(recorder.Of(TokenKind.Number));
    }

    [Theory]
    [InlineData("postgresql", "SELECT doc #>> '{c}' FROM t;", "'{c}'")]
    [InlineData("sql", "SELECT id FROM items ORDER BY embedding <#> '[1,2]' LIMIT 5;", "'[1,2]'")]
    public void A_postgres_operator_with_a_hash_does_not_start_a_comment(string language, string code, string literal)
    {
        var recorder = Highlight(language, code);

        Assert.Empty(recorder.Of(TokenKind.Comment));
        Assert.Equal([literal], recorder.Of(TokenKind.String));
    }

    [Fact]
    public void A_mysql_hash_comment_is_a_comment()
    {
        var recorder = Highlight("mysql", "SELECT 1; # note");

        Assert.Equal(["# note"], recorder.Of(TokenKind.Comment));
    }

    [Fact]
    public void Bash_brace_expansion_in_an_argument_is_not_a_command()
    {
        var recorder = Highlight("bash", "sudo apt-get install {libpng,libjpeg}-dev");

        Assert.DoesNotContain(Commands(recorder), t => t.Contains("lib", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("user@host:~$ ls -la", "user@host:~$")]
    [InlineData("root@box:/srv# systemctl restart nginx", "root@box:/srv#")]
    [InlineData("[ming@gpu01 ~]$ nvidia-smi", "[ming@gpu01 ~]$")]
    [InlineData("# apt-get update", "#")]
    [InlineData("(venv) $ pip install torch", "(venv) $")]
    public void A_console_prompt_of_any_common_form_is_a_prompt(string line, string prompt)
    {
        var recorder = Highlight("console", line + "\noutput line");

        Assert.Equal([prompt], recorder.Of(TokenKind.Prompt));
        Assert.Equal("output line", string.Concat(recorder.Lines[1].Select(t => t.Text)));
        Assert.All(recorder.Lines[1], t => Assert.Equal(TokenKind.Text, t.Kind));
    }

    [Fact]
    public void A_shell_block_that_is_a_transcript_colours_its_output_as_output()
    {
        var recorder = Highlight("shell", "$ nvidia-smi --query\nGPU 0: A100 (UUID: GPU-1)\n$ echo done\ndone");

        Assert.Equal(["$", "$"], recorder.Of(TokenKind.Prompt));
        Assert.All(recorder.Lines[1], t => Assert.Equal(TokenKind.Text, t.Kind));
        Assert.All(recorder.Lines[3], t => Assert.Equal(TokenKind.Text, t.Kind));
    }

    [Fact]
    public void A_powershell_argument_with_a_hyphen_is_not_a_command()
    {
        var recorder = Highlight("powershell", "Get-ChildItem -Path my-folder -Filter *.md");

        Assert.Equal(["Get-ChildItem"], Commands(recorder));
    }

    [Theory]
    [InlineData("Copy-Item build-output dist-folder -Recurse", "build-output")]
    [InlineData("npm run build-prod", "build-prod")]
    [InlineData("git checkout -b add-login", "add-login")]
    public void A_powershell_argument_shaped_like_a_command_name_is_not_a_command(string line, string argument)
    {
        var recorder = Highlight("powershell", line);

        Assert.DoesNotContain(argument, Commands(recorder));
    }

    [Fact]
    public void A_powershell_command_where_a_command_stands_is_still_a_command()
    {
        var recorder = Highlight("powershell", "$d = Get-Date; Get-Item x | Select-Object Name\n(Get-Date).Year\nfunction Get-Thing { return Get-Date }");

        Assert.Equal(["Get-Date", "Get-Item", "Select-Object", "Get-Date", "Get-Thing", "Get-Date"], recorder.Tokens.Where(t => t.Kind is TokenKind.Function or TokenKind.Builtin).Select(t => t.Text));
    }

    [Fact]
    public void A_c_string_continued_with_a_trailing_backslash_goes_on_to_the_next_line()
    {
        var recorder = Highlight("c", "const char *s = \"first \\\nsecond\";\nint x = 1;");

        Assert.All(recorder.Lines[1].Where(t => t.Text.Contains("second", StringComparison.Ordinal)), t => Assert.Equal(TokenKind.String, t.Kind));
        Assert.Contains("int", recorder.Lines[2].Where(t => t.Kind == TokenKind.KeywordType).Select(t => t.Text));
    }

    [Fact]
    public void A_shell_string_continued_with_a_trailing_backslash_or_running_over_lines_stays_a_string()
    {
        var recorder = Highlight("bash", "echo \"first \\\nsecond\"\nMSG=\"one\ntwo\"\nls -l");

        Assert.All(recorder.Lines[1].Where(t => t.Text.Contains("second", StringComparison.Ordinal)), t => Assert.Equal(TokenKind.String, t.Kind));
        Assert.All(recorder.Lines[3].Where(t => t.Text.Contains("two", StringComparison.Ordinal)), t => Assert.Equal(TokenKind.String, t.Kind));
        Assert.Contains("ls", Commands(recorder));
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("bash")]
    [InlineData("css")]
    [InlineData("powershell")]
    [InlineData("text")]
    public void Terminal_escapes_pasted_into_a_block_never_reach_the_html_as_control_characters(string language)
    {
        Assert.True(Highlighter.TryResolve(language, out var resolved));

        var lines = Highlighter.HighlightLines(resolved, "-\u001b[31mFAILED\u001b[0m x\n+ok \u0007\n");

        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.DoesNotContain(line, char.IsControl));
    }

    [Fact]
    public void A_rust_string_spans_lines()
    {
        var recorder = Highlight("rust", "let s = \"line one\nline two\";\nlet n = 2;");

        Assert.Equal(TokenKind.String, recorder.Lines[1][0].Kind);
        Assert.Equal(["2"], recorder.Of(TokenKind.Number));
    }

    [Theory]
    [InlineData("Use \\verb|%| for a percent sign, then $x$.")]
    [InlineData("Use \\verb+%+ here, \\textbf{bold}.")]
    public void Latex_verb_holding_a_percent_sign_is_not_a_comment(string line)
    {
        var recorder = Highlight("latex", line);

        Assert.Empty(recorder.Of(TokenKind.Comment));
    }

    [Fact]
    public void A_latex_lstlisting_body_is_not_read_as_latex()
    {
        var recorder = Highlight("latex", "\\begin{lstlisting}\nprintf(\"100%\\n\");\n\\end{lstlisting}\n\\section{Next}");

        Assert.Empty(recorder.Of(TokenKind.Comment));
        Assert.Contains("\\section", recorder.Of(TokenKind.Keyword).Concat(Commands(recorder)).Concat(recorder.Of(TokenKind.Heading)));
    }

    [Fact]
    public void A_latex_verbatim_body_keeps_its_percent_signs_and_the_comment_after_it_is_a_comment()
    {
        var recorder = Highlight("latex", "\\begin{verbatim}\n50% of $raw$\n\\end{verbatim}\n\\section{Next} % real");

        Assert.Equal(["% real"], recorder.Of(TokenKind.Comment));
    }

    [Fact]
    public void An_scss_line_comment_is_a_comment_and_an_apostrophe_in_it_opens_no_string()
    {
        var recorder = Highlight("scss", "// don't\n$pad: 4px;\n.a { padding: $pad; }");

        Assert.Equal(["// don't"], recorder.Of(TokenKind.Comment));
        Assert.Empty(recorder.Of(TokenKind.String));
        Assert.Equal(["$pad", "$pad"], recorder.Of(TokenKind.Variable));
    }

    [Fact]
    public void A_less_variable_is_a_variable()
    {
        var recorder = Highlight("less", "@pad: 4px;\n.a { padding: @pad; }");

        Assert.Equal(["@pad", "@pad"], recorder.Of(TokenKind.Variable));
    }

    [Theory]
    [InlineData("jsx", "const el = <Button onClick={go}>Run</Button>;")]
    [InlineData("tsx", "const el: JSX.Element = <Button onClick={go}>Run</Button>;")]
    public void Jsx_tags_are_tags(string language, string code)
    {
        var recorder = Highlight(language, code);

        Assert.Equal(["Button", "Button"], recorder.Of(TokenKind.Tag));
        Assert.Equal(["onClick"], recorder.Of(TokenKind.Attribute));
    }
}
