using Inkstone.Highlighting.Lexers;
using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>
/// Where a grammar agrees better with VS Code than the hand-written lexer (<see cref="TextMateLanguages.PreferredGrammars"/>),
/// the grammar highlights that language under all its names; without the grammars the hand-written lexer still does.
/// </summary>
public sealed class EngineChoiceTests
{
    public static TheoryData<string> PreferredLanguages() => [.. TextMateLanguages.PreferredGrammars.Keys];

    [Theory]
    [MemberData(nameof(PreferredLanguages))]
    public void A_language_whose_grammar_agrees_better_is_highlighted_by_it_under_every_name(string name)
    {
        var handWritten = new SyntaxHighlighter().Languages.Single(l => l.Name == name);
        foreach (var alias in handWritten.Aliases.Prepend(name))
        {
            Assert.True(TextMateTestHighlighter.Instance.TryResolve(alias, out var language));
            Assert.Equal(name, language.Name);
            Assert.IsType<TextMateLexer>(language.Lexer is ShellBlockLexer shell ? shell.Script : language.Lexer);
        }
    }

    [Fact]
    public void The_core_languages_and_mysql_keep_their_hand_written_lexers()
    {
        string[] kept = ["python", "c", "cpp", "java", "javascript", "typescript", "tsx", "go", "rust", "json", "yaml", "toml", "mysql", "console"];
        foreach (var name in kept)
        {
            Assert.True(TextMateTestHighlighter.Instance.TryResolve(name, out var language));
            Assert.IsNotType<TextMateLexer>(language.Lexer);
        }
    }

    [Fact]
    public void A_shell_script_is_highlighted_by_the_grammar_as_VS_Code_does()
    {
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, "bash", "mkdir -p \"$DIR\" # make it\n");

        Assert.Contains((TokenKind.Attribute, "-p"), recorder.Tokens);
        Assert.Contains(recorder.Tokens, t => t.Kind == TokenKind.Comment && t.Text.Contains("make it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shell_block_that_is_a_transcript_is_still_read_as_console_so_its_output_stays_plain()
    {
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, "bash", "$ ls -l\nif then fi\n");

        Assert.Contains(recorder.Tokens, t => t.Kind == TokenKind.Prompt);
        Assert.DoesNotContain(recorder.Tokens, t => t.Text.StartsWith("if", StringComparison.Ordinal) && t.Kind != TokenKind.Text);
    }
}
