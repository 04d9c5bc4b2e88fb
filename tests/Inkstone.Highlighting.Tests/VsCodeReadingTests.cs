namespace Inkstone.Highlighting.Tests;

/// <summary>
/// Constructs the hand-written lexers colour as VS Code does, found where the differential test against shiki
/// (Differential/ShikiDifferentialTests) disagreed and the lexer was the odd one out.
/// </summary>
public sealed class VsCodeReadingTests
{
    [Fact]
    public void A_csharp_attribute_names_a_class()
    {
        var recorder = TokenRecorder.Highlight("csharp", "    [Fact]\n    public void T() { }");

        Assert.Equal(["Fact"], recorder.Of(TokenKind.ClassName));
        Assert.Empty(recorder.Of(TokenKind.Decorator));
    }

    [Fact]
    public void A_rust_attribute_has_punctuation_a_plain_name_and_derived_traits_as_types()
    {
        var recorder = TokenRecorder.Highlight("rust", "#[derive(Debug, Clone, PartialEq)]\nstruct S;");

        Assert.Equal(["#[", "(", ",", ",", ")]", ";"], recorder.Of(TokenKind.Punctuation));
        Assert.Equal(["Debug", "Clone", "PartialEq", "S"], recorder.Of(TokenKind.ClassName));
    }

    [Fact]
    public void A_cpp_attribute_is_brackets_around_a_plain_name()
    {
        var recorder = TokenRecorder.Highlight("cpp", "[[nodiscard]] int f();");

        Assert.Equal(["[[", "]]", "();"], recorder.Of(TokenKind.Punctuation));
        Assert.Empty(recorder.Of(TokenKind.Decorator));
    }

    [Theory]
    [InlineData("cpp", "std::vector<int> v = std::move(w);", new[] { "std", "std" })]
    [InlineData("rust", "use std::cmp::Ordering;", new[] { "std", "cmp", "Ordering" })]
    public void What_qualifies_a_name_with_two_colons_is_in_the_type_colour(string language, string code, string[] types)
    {
        Assert.Equal(types, TokenRecorder.Highlight(language, code).Of(TokenKind.ClassName));
    }

    [Fact]
    public void A_csharp_namespace_is_in_the_type_colour_and_a_java_package_is_plain()
    {
        Assert.Equal(["System", "Collections", "Generic"], TokenRecorder.Highlight("csharp", "using System.Collections.Generic;").Of(TokenKind.ClassName));
        Assert.Empty(TokenRecorder.Highlight("java", "import java.util.List;").Of(TokenKind.ClassName));
    }

    [Fact]
    public void A_csharp_doc_comment_shows_its_xml_tag_names_as_tags()
    {
        var recorder = TokenRecorder.Highlight("csharp", "/// <summary>A cache.</summary>");

        Assert.Equal(["summary", "summary"], recorder.Of(TokenKind.Tag));
        Assert.Equal(["/// <", ">A cache.</", ">"], recorder.Of(TokenKind.DocComment));
    }

    [Fact]
    public void A_c_macro_name_is_coloured_as_a_function()
    {
        Assert.Equal(["LOAD_FACTOR"], TokenRecorder.Highlight("c", "#define LOAD_FACTOR 0.75f").Of(TokenKind.Function));
    }

    [Fact]
    public void A_rust_lifetime_is_a_quote_and_a_type_name()
    {
        var recorder = TokenRecorder.Highlight("rust", "fn f<'a>(x: &'a str) {}");

        Assert.Equal(["a", "a", "str"], recorder.Of(TokenKind.KeywordType));
    }

    [Fact]
    public void Auto_in_cpp_is_a_type_and_var_in_csharp_a_keyword()
    {
        Assert.Equal(["auto"], TokenRecorder.Highlight("cpp", "auto x = 1;").Of(TokenKind.KeywordType));
        Assert.Equal(["var"], TokenRecorder.Highlight("csharp", "var x = 1;").Of(TokenKind.Keyword));
    }

    [Theory]
    [InlineData("rust", "fn f<T, K: Ord>(x: T) -> K {}", new[] { "T", "K", "Ord", "T", "K" })]
    [InlineData("cpp", "template <typename T> void push(T value);", new[] { "T", "T" })]
    public void A_lone_capital_is_a_type_parameter(string language, string code, string[] types)
    {
        Assert.Equal(types, TokenRecorder.Highlight(language, code).Of(TokenKind.ClassName));
    }
}
