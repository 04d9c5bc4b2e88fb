using CsCheck;

namespace Inkstone.Tests.Fuzzing;

/// <summary>
/// Generators of the inputs a writer controls, as soups of the tokens their readers treat specially
/// (indentation, anchors and aliases, brackets, fences, delimiters, control characters, CJK, lone
/// surrogates), so that most samples are nearly valid and reach deep into the readers.
/// </summary>
internal static class InputGenerators
{
    private static readonly string[] Odd = ["\u001b[31m", "\u0007", "\0", "\t", "\r", "\u2028", "\uFEFF", "\ud800", "\udc00", "😀", "中文", "é", "e\u0301", "\\", "\"", "'", "%42", "../", "/"];

    private static readonly string[] YamlTokens =
    [
        "\n", "\n", "  ", "    ", "- ", ": ", "title", "date", "tags", "categories", "slug", "permalink", "draft", "updated", "summary",
        "math", "series", "aliases", "lang", "weight", "x", "&a ", "*a", "&b ", "*b", "<<: ", "[", "]", "{", "}", ", ", "|", ">", "#",
        "---", "...", "!!str ", "!!binary ", "!tag ", "? ", "2025-01-01", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
        "2025-02-30", "1e999", "-0", "null", "~", "true", "yes", "0x1F", "12:30", "\"\\u0000\"", "'it''s'", "/atom.xml", "/index.html",
        "/../", "/tags/x/", new string('a', 300), ..Odd,
    ];

    private static readonly string[] TomlTokens =
    [
        "\n", "title", "date", "tags", "slug", " = ", "=", "[", "]", "[[", "]]", "{", "}", ", ", ".", "\"", "'''", "\"\"\"", "#",
        "2025-01-01", "2025-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "1979-05-27T07:32:00-08:00", "inf", "nan", "0x1F",
        "1_000", "true", "x", "a.b.c", ..Odd,
    ];

    private static readonly string[] MarkdownTokens =
    [
        "\n", "\n\n", "  ", "    ", "# ", "## ", "> ", "- ", "* ", "1. ", "[ ] ", "[x] ", "```", "```python", "~~~", "$", "$$", "\\(", "\\)",
        "\\[", "\\]", "|", "| --- |", ":---:", "[", "]", "(", ")", "](", "![", "](#", "](./a.md)", "](/posts/a/)", "*", "**", "_", "`",
        "<div>", "</div>", "<script>", "<!--", "-->", "&amp;", "&#0;", "{% ", " %}", "{{ ", " }}", "{{< ", " >}}", "{% raw %}",
        "{% endraw %}", "{% note info %}", "{% endnote %}", ":::", "::: tip", "> [!NOTE]", "<!-- more -->", "[^1]", "[^1]: ", "---",
        "***", "===", "\\frac{a}{b}", "\\begin{aligned}", "\\end{aligned}", "\\label{eq}", "\\eqref{eq}", "\\newcommand{\\R}{x}",
        "\\R", "^", "_", "{", "}", "&", "\\\\", "\\left(", "\\right)", "标题", "同名", "{{% ", " %}}", " />}}", "{{</* ", " */>}}",
        "figure ", "tabs", "tab ", "/tabs", "hint ", "/hint", "highlight go ", "/highlight", "ref ", "src=", "\"a b\"", "`x`", " = ",
        ..Odd,
    ];

    private static readonly string[] TexTokens =
    [
        "x", "1", "+", "-", "=", "^", "_", "{", "}", "[", "]", "(", ")", "&", "\\\\", "\\frac", "\\sqrt", "\\left", "\\right", "\\middle",
        "\\begin{matrix}", "\\end{matrix}", "\\begin{aligned}", "\\end{aligned}", "\\begin{cases}", "\\end{cases}", "\\begin{array}{cc}",
        "\\end{array}", "\\text{", "\\mathrm", "\\mathbb", "\\operatorname", "\\def", "\\newcommand", "\\renewcommand", "\\R", "#1", "#",
        "\\tag{1}", "\\label{a}", "\\eqref{a}", "\\ref{a}", "\\color{red}", "\\hspace{1em}", "\\overbrace", "\\underbrace", "\\bordermatrix",
        "\\iiiint", "\\not", "\\big", "\\Big", "'", "%", "~", "\\ ", "\\,", "中", "😀", "\ud800", "\u001b", "\0", "$", "\\$", "\\limits",
        "\\sum", "\\int", "\\alpha", "\\unknowncommand",
    ];

    private static readonly string[] ConfigTokens =
    [
        "\n", "  ", "    ", "- ", ": ", "title", "base_url", "description", "language", "timezone", "posts_per_page", "permalink",
        "permalinks", "taxonomies", "menu", "name", "url", "author", "math", "macros", "follow_links", "date_format", "excerpt_separator",
        "excerpt_length", "line_numbers", "heading_ids", "categories", "allowed", "theme", "from", "hexo", "jekyll", "hugo", "mkdocs",
        "https://example.org/", "/:year/:month/:slug/", "/posts/:slug/", ":title", "Asia/Shanghai", "Mars/Olympus", "+14:00", "0", "-1",
        "99999999999", "true", "zh-CN", "&a ", "*a", "[", "]", "{", "}", ", ", "\"", "#", "\\R: x", "%Y-%m-%d", "YYYY-MM-DD", ..Odd,
    ];

    public static Gen<string> Soup(string[] tokens, int maxTokens) =>
        Gen.OneOf(tokens).Array[0, maxTokens].Select(parts => string.Concat(parts));

    public static Gen<string> YamlFrontMatter => Soup(YamlTokens, 60).Select(yaml => "---\ntitle: 模糊\ndate: 2025-01-01\n" + yaml + "\n---\n正文。\n");

    public static Gen<string> TomlFrontMatter => Soup(TomlTokens, 60).Select(toml => "+++\ntitle = \"模糊\"\ndate = 2025-01-01\n" + toml + "\n+++\n正文。\n");

    public static Gen<string> JsonFrontMatter => Soup([.. TomlTokens, ":", "\"title\"", "\"tags\""], 40).Select(json => "{\n\"title\": \"模糊\",\n" + json + "\n}\n正文。\n");

    public static Gen<string> FrontMatter => Gen.OneOf<string>([YamlFrontMatter, TomlFrontMatter, JsonFrontMatter]);

    public static Gen<string> Markdown => Soup(MarkdownTokens, 120).Select(body => "---\ntitle: 模糊\ndate: 2025-01-01\n---\n" + body + "\n");

    public static Gen<string> Tex => Soup(TexTokens, 40);

    public static Gen<string> Config => Soup(ConfigTokens, 60).Select(yaml => "title: 模糊\n" + yaml + "\n");
}
