namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>
/// Where Onigwrap's Oniguruma (UTF-16) reads a regex differently from vscode-oniguruma (UTF-8), the bundle rewrites the
/// regex into what it means (grammars/bundle.mjs), so TextMateSharp highlights as VS Code does.
/// </summary>
public sealed class OnigurumaDifferenceTests
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
}
