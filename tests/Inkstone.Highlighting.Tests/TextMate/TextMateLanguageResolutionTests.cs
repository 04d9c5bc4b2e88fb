namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>Fence names resolve to shiki's languages, while every name a hand-written lexer claims stays with it.</summary>
public sealed class TextMateLanguageResolutionTests
{
    [Fact]
    public void A_build_knows_at_least_150_languages_each_by_its_own_fence_name_and_every_alias_resolves()
    {
        var build = TextMateTestHighlighter.Instance;
        var named = build.Languages.Where(l => build.TryResolve(l.Name, out var resolved) && resolved == l).ToList();

        Assert.True(named.Count >= 150, $"{named.Count} languages answer to their own fence name");
        Assert.Equal(build.Languages.Count, named.Count);
        Assert.All(named.SelectMany(l => l.Aliases), alias => Assert.True(build.TryResolve(alias, out _), alias));
    }

    [Theory]
    [InlineData("rb", "ruby")]
    [InlineData("Ruby", "ruby")]
    [InlineData("kt", "kotlin")]
    [InlineData("kts", "kotlin")]
    [InlineData("hs", "haskell")]
    [InlineData("jl", "julia")]
    [InlineData("R", "r")]
    [InlineData("batch", "bat")]
    [InlineData("cmd", "bat")]
    [InlineData("vim", "viml")]
    [InlineData("vimscript", "viml")]
    [InlineData("properties", "ini")]
    [InlineData("tf", "terraform")]
    [InlineData("objc", "objective-c")]
    [InlineData("f#", "fsharp")]
    [InlineData("makefile", "make")]
    [InlineData("nasm", "asm")]
    [InlineData("sv", "system-verilog")]
    [InlineData("octave", "matlab")]
    [InlineData("文言", "wenyan")]
    public void Shiki_names_and_common_fence_names_resolve_to_TextMate_languages(string alias, string expected)
    {
        Assert.True(TextMateTestHighlighter.Instance.TryResolve(alias, out var language));
        Assert.Equal(expected, language.Name);
    }

    [Theory]
    [InlineData("python", "python")]
    [InlineData("js", "javascript")]
    [InlineData("cuda", "cpp")]
    [InlineData("vue", "html")]
    [InlineData("jsonc", "json")]
    [InlineData("yml", "yaml")]
    [InlineData("rs", "rust")]
    [InlineData("ansi", "ansi")]
    public void Names_the_hand_written_lexers_claim_stay_with_them(string alias, string expected)
    {
        Assert.True(TextMateTestHighlighter.Instance.TryResolve(alias, out var language));
        Assert.Equal(expected, language.Name);
        Assert.Same(new SyntaxHighlighter().Languages.Single(l => l.Name == expected).Lexer.GetType(), language.Lexer.GetType());
    }

    [Theory]
    [InlineData("shellscript", "bash")]
    [InlineData("shellsession", "console")]
    public void A_grammar_that_shares_a_name_with_a_hand_written_language_lends_it_its_other_names(string alias, string expected)
    {
        Assert.True(TextMateTestHighlighter.Instance.TryResolve(alias, out var language));
        Assert.Equal(expected, language.Name);
    }

    [Fact]
    public void An_unknown_language_is_still_unknown() =>
        Assert.False(TextMateTestHighlighter.Instance.TryResolve("brainfudge", out _));

    [Fact]
    public void Every_name_resolves_to_one_language_and_the_notices_list_every_grammar()
    {
        var names = TextMateTestHighlighter.Instance.Languages.SelectMany(l => l.Aliases.Prepend(l.Name)).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var notices = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Inkstone.Highlighting.TextMate", "THIRD-PARTY-NOTICES.md"));
        Assert.All(TextMateTestHighlighter.GrammarLanguages, l => Assert.Contains($"| `{l.Name}` |", notices, StringComparison.Ordinal));
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
