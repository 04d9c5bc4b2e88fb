namespace Inkstone.Highlighting.Tests;

public sealed class LanguageResolutionTests
{
    private readonly SyntaxHighlighter _highlighter = new();

    [Theory]
    [InlineData("py", "python")]
    [InlineData("Python3", "python")]
    [InlineData("c++", "cpp")]
    [InlineData("cc", "cpp")]
    [InlineData("h", "c")]
    [InlineData("hpp", "cpp")]
    [InlineData("cs", "csharp")]
    [InlineData("C#", "csharp")]
    [InlineData("js", "javascript")]
    [InlineData("jsx", "javascript")]
    [InlineData("mjs", "javascript")]
    [InlineData("ts", "typescript")]
    [InlineData("tsx", "tsx")]
    [InlineData("golang", "go")]
    [InlineData("rs", "rust")]
    [InlineData("sh", "bash")]
    [InlineData("shell", "bash")]
    [InlineData("zsh", "bash")]
    [InlineData("console", "console")]
    [InlineData("pycon", "pycon")]
    [InlineData("ps1", "powershell")]
    [InlineData("pwsh", "powershell")]
    [InlineData("yml", "yaml")]
    [InlineData("html", "html")]
    [InlineData("xml", "xml")]
    [InlineData("svg", "xml")]
    [InlineData("tex", "latex")]
    [InlineData("md", "markdown")]
    [InlineData("docker", "dockerfile")]
    [InlineData("text", "text")]
    [InlineData("txt", "text")]
    [InlineData("plaintext", "text")]
    [InlineData(" JSON ", "json")]
    [InlineData("toml", "toml")]
    [InlineData("sql", "sql")]
    [InlineData("css", "css")]
    [InlineData("diff", "diff")]
    [InlineData("java", "java")]
    public void Names_and_aliases_resolve_ignoring_case(string alias, string expected)
    {
        Assert.True(_highlighter.TryResolve(alias, out var language));
        Assert.Equal(expected, language.Name);
    }

    [Theory]
    [InlineData("brainfudge")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_language_is_reported_and_falls_back_to_plain_text(string? name)
    {
        Assert.False(_highlighter.TryResolve(name, out var language));
        Assert.Same(_highlighter.PlainText, language);
    }

    [Fact]
    public void Every_alias_belongs_to_exactly_one_language()
    {
        var all = _highlighter.Languages.SelectMany(l => l.Aliases.Prepend(l.Name)).ToList();

        Assert.Equal(all.Count, all.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
