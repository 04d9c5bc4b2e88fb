using System.Collections.Frozen;
using Inkstone.Highlighting.Lexers;

namespace Inkstone.Highlighting;

/// <summary>Every supported language with its aliases. Lexers are stateless, so the catalog's instances are shared.</summary>
internal static class LanguageCatalog
{
    public static IReadOnlyList<HighlightLanguage> Create()
    {
        var shell = new ShellLexer();
        var terminal = new AnsiLexer();
        var console = new ConsoleLexer(shell, ["$ ", "% "], null, backslashContinues: true, shellPrompts: true, output: terminal);
        var python = new PythonLexer();
        var javascript = new CFamilyLexer(CFamilyLanguages.JavaScript, jsx: true);
        var css = new CssLexer();
        var json = new JsonLexer();
        var markup = new MarkupLexer(javascript, css);

        // Markdown highlights fenced code in the fence's language, looked up among the finished catalog.
        IReadOnlyDictionary<string, Lexer>? byName = null;
        var markdown = new MarkdownLexer(name => byName is not null && byName.TryGetValue(name, out var lexer) ? lexer : null);
        HighlightLanguage[] languages =
        [
            new("python", python, "py", "python3", "py3", "gyp"),
            new("pycon", new ConsoleLexer(python, [">>> "], "... ", backslashContinues: false), "python-console", "pyrepl"),
            new("c", new CFamilyLexer(CFamilyLanguages.C), "h"),
            new("cpp", new CFamilyLexer(CFamilyLanguages.Cpp), "c++", "cc", "cxx", "hpp", "hh", "hxx", "cuda", "cu"),
            new("csharp", new CFamilyLexer(CFamilyLanguages.CSharp), "cs", "c#"),
            new("java", new CFamilyLexer(CFamilyLanguages.Java)),
            new("javascript", javascript, "js", "jsx", "mjs", "cjs", "node"),
            new("typescript", new CFamilyLexer(CFamilyLanguages.TypeScript), "ts", "mts", "cts"),
            new("tsx", new CFamilyLexer(CFamilyLanguages.TypeScript, jsx: true)),
            new("go", new CFamilyLexer(CFamilyLanguages.Go), "golang"),
            new("rust", new CFamilyLexer(CFamilyLanguages.Rust), "rs"),
            new("bash", new ShellBlockLexer(shell, console), "sh", "shell", "zsh", "ksh"),
            new("console", console, "shell-session", "terminal", "shellsession"),
            new("powershell", new PowerShellLexer(), "ps1", "pwsh", "ps", "psm1"),
            new("json", json, "jsonc", "json5", "ipynb"),
            new("yaml", new YamlLexer(), "yml"),
            new("toml", new TomlLexer()),
            new("html", markup, "htm", "xhtml", "vue"),
            new("xml", markup, "svg", "xsd", "xsl", "xslt", "rss", "atom", "plist", "csproj", "props"),
            new("css", css),
            new("scss", new CssLexer(CssDialect.Scss)),
            new("less", new CssLexer(CssDialect.Less)),
            new("sql", new SqlLexer(SqlHash.Either), "sqlite", "plsql", "tsql"),
            new("mysql", new SqlLexer(SqlHash.Comment), "mariadb"),
            new("postgresql", new SqlLexer(SqlHash.Operator), "postgres", "psql", "pgsql"),
            new("markdown", markdown, "md", "mkd", "mdown"),
            new("latex", new LatexLexer(), "tex", "bibtex"),
            new("diff", new DiffLexer(), "patch", "udiff"),
            new("dockerfile", new DockerfileLexer(shell, json), "docker", "containerfile"),
            new("ansi", terminal, "terminal-output", "ansi-output"),
            new("text", new PlainTextLexer(terminal), "txt", "plaintext", "plain", "none"),
        ];
        byName = languages
            .SelectMany(l => l.Aliases.Prepend(l.Name).Select(alias => (alias, l.Lexer)))
            .ToFrozenDictionary(pair => pair.alias, pair => pair.Lexer, StringComparer.OrdinalIgnoreCase);
        return languages;
    }
}
