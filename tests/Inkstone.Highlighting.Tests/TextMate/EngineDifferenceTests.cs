namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>
/// Where TextMateSharp reads a grammar differently from vscode-textmate (VS Code's and shiki's engine), the bundle
/// rewrites the grammar into what vscode-textmate makes of it (grammars/bundle.mjs), so both highlight alike.
/// </summary>
public sealed class EngineDifferenceTests
{
    [Fact]
    public void A_class_nested_in_a_class_does_not_match_what_neither_lists()
    {
        // CSS's selector opens on [\&*+>A-\[a-z|~[^\x00-\x7F]]: read as one nested class, it matched `{` and swallowed the rule.
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, "css", "a { color: red; }\n");

        Assert.Contains((TokenKind.Property, "color"), recorder.Tokens);
        Assert.Contains((TokenKind.Punctuation, "{"), recorder.Tokens);
    }

    [Fact]
    public void Julia_numbers_and_calls_are_found_behind_its_identifier_characters()
    {
        // Julia's number and call patterns look behind for identifier characters written as classes nested in a class.
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, "julia", "y = sqrt(2.5) + 10\n");

        Assert.Contains((TokenKind.Number, "2.5"), recorder.Tokens);
        Assert.Contains((TokenKind.Number, "10"), recorder.Tokens);
    }

    [Fact]
    public void A_rule_with_a_repository_of_its_own_still_sees_the_grammar_and_its_names()
    {
        // Ruby's parameter list includes $self from a repository nested in a rule; TextMateSharp's merge dropped $self.
        var recorder = TokenRecorder.Highlight(TextMateTestHighlighter.Instance, "ruby", "def greet(name = \"world\")\nend\n");

        Assert.Contains(recorder.Tokens, t => t.Kind == TokenKind.String && t.Text.Contains("world", StringComparison.Ordinal));
    }
}
