namespace Inkstone.Highlighting.Tests;

/// <summary>
/// Constructs the hand-written lexers colour as VS Code does, found where the differential test against shiki
/// (Differential/ShikiDifferentialTests) disagreed and the lexer was the odd one out.
/// </summary>
public sealed class VsCodeReadingTests
{
    [Fact]
    public void A_go_name_where_a_type_stands_is_a_type_and_other_names_are_not()
    {
        var recorder = TokenRecorder.Highlight("go", "package crawl\n\nfunc Fetch(ctx context.Context, c *http.Client, urls []Page) Result {\n\tvar wg sync.WaitGroup\n\tfor i := range urls {\n\t\tc.Do(i)\n\t}\n\treturn Result{N: len(urls)}\n}\n");

        Assert.Equal(["crawl", "context", "Context", "http", "Client", "Page", "Result", "sync", "WaitGroup", "Result"], recorder.Of(TokenKind.ClassName));
    }

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

    [Fact]
    public void A_javascript_object_literal_key_is_a_property_but_a_ternary_branch_is_not()
    {
        var recorder = TokenRecorder.Highlight("javascript", "f(url, { headers: { Accept: a ? b : c } });");

        Assert.Equal(["headers", "Accept"], recorder.Of(TokenKind.Property));
    }

    [Fact]
    public void Imported_names_are_plain_and_a_dollar_continues_an_identifier()
    {
        var recorder = TokenRecorder.Highlight("javascript", "import { ShikiError as ShikiError$1 } from \"x\";\nsplitLines$1(code);");

        Assert.Empty(recorder.Of(TokenKind.ClassName));
        Assert.Empty(recorder.Of(TokenKind.Number));
        Assert.Equal(["splitLines$1"], recorder.Of(TokenKind.Function));
    }

    [Fact]
    public void A_jsdoc_tag_is_a_keyword_its_type_a_type_and_the_parameter_plain()
    {
        var recorder = TokenRecorder.Highlight("javascript", "/**\n * @param {string} value The input.\n */");

        Assert.Equal(["@param"], recorder.Of(TokenKind.Keyword));
        Assert.Equal(["{string}"], recorder.Of(TokenKind.ClassName));
        Assert.DoesNotContain(recorder.Of(TokenKind.DocComment), t => t.Contains("value", StringComparison.Ordinal));
    }

    [Fact]
    public void Console_and_document_are_plain_variables_in_javascript()
    {
        Assert.Empty(TokenRecorder.Highlight("javascript", "console.log(document.title);").Of(TokenKind.Builtin));
    }

    [Fact]
    public void A_jsx_expression_has_the_braces_of_a_template_hole()
    {
        Assert.Equal(["{", "}"], TokenRecorder.Highlight("tsx", "const a = <input value={query} />;").Of(TokenKind.Interpolation));
    }

    [Fact]
    public void An_html_event_handler_is_javascript_in_quotes()
    {
        var recorder = TokenRecorder.Highlight("html", "<button onclick=\"toggle('dark')\">T</button>");

        Assert.Equal(["toggle"], recorder.Of(TokenKind.Function));
        Assert.Equal(["\"", "'dark'", "\""], recorder.Of(TokenKind.String));
    }

    [Fact]
    public void Html_entities_are_constants_in_text_and_in_attribute_values()
    {
        var recorder = TokenRecorder.Highlight("html", "<img alt=\"a &quot;b&quot;\"> x &amp; y");

        Assert.Equal(["&quot;", "&quot;", "&amp;"], recorder.Of(TokenKind.Constant));
    }

    [Fact]
    public void A_doctype_and_an_xml_declaration_are_tags_with_attributes()
    {
        Assert.Equal(["DOCTYPE"], TokenRecorder.Highlight("html", "<!DOCTYPE html>").Of(TokenKind.Tag));
        var xml = TokenRecorder.Highlight("xml", "<?xml version=\"1.0\"?>");
        Assert.Equal(["xml"], xml.Of(TokenKind.Tag));
        Assert.Equal(["version"], xml.Of(TokenKind.Attribute));
    }

    [Fact]
    public void A_css_class_or_id_selector_is_coloured_as_the_tag_selectors_are()
    {
        var recorder = TokenRecorder.Highlight("css", ".post > h1, article#main { color: red; }");

        Assert.Equal([".post", "#main"], recorder.Of(TokenKind.Attribute));
        Assert.Empty(recorder.Of(TokenKind.ClassName));
    }

    [Theory]
    [InlineData("python", "#!/usr/bin/env python3\nx = 1")]
    [InlineData("bash", "#!/usr/bin/env bash\nx=1")]
    public void A_shebang_is_a_comment(string language, string code)
    {
        Assert.Equal([code.Split('\n')[0]], TokenRecorder.Highlight(language, code).Of(TokenKind.Comment));
    }

    [Fact]
    public void A_toml_table_header_has_bracket_punctuation_and_plain_dots()
    {
        var recorder = TokenRecorder.Highlight("toml", "[[menu]]\n[extra.analytics]");

        Assert.Equal(["menu", "extra", "analytics"], recorder.Of(TokenKind.Heading));
        Assert.Equal(["[[", "]]", "[", "]"], recorder.Of(TokenKind.Punctuation));
    }

    [Fact]
    public void Yaml_anchors_aliases_merges_and_block_indicators_read_as_in_vs_code()
    {
        var recorder = TokenRecorder.Highlight("yaml", "---\na: &base\n  x: 1\nb:\n  <<: *base\nc: >-\n  text");

        Assert.Equal(["&", "*", ">-"], recorder.Of(TokenKind.Keyword));
        Assert.Equal(["base"], recorder.Of(TokenKind.ClassName));
        Assert.Equal(["<<"], recorder.Of(TokenKind.Constant));
        Assert.Empty(recorder.Of(TokenKind.Meta));
    }
}
