namespace Inkstone.Highlighting.TextMate;

/// <summary>
/// The languages of the embedded TextMate grammars (the npm package tm-grammars, which shiki uses), with shiki's
/// names and aliases, ready for <see cref="SyntaxHighlighter(IEnumerable{HighlightLanguage})"/>, which gives the
/// hand-written lexers every name they claim. Grammars are parsed and compiled on first use, per thread.
/// </summary>
public static class TextMateLanguages
{
    /// <summary>
    /// How much processor time (the highlighting thread's, <see cref="ThreadCpuTime"/>) one code block may take, plus
    /// <see cref="LineBudget"/> per line, before it is shown as plain text instead. Processor time, not the wall
    /// clock, so a loaded machine does not change what a block shows; the slowest grammars run at about 1,000 lines
    /// a second, so a real block stays far inside it, while a grammar that backtracks without end cannot stall a build.
    /// </summary>
    public static readonly TimeSpan BlockBudget = TimeSpan.FromSeconds(3);

    /// <summary>What each line of a block adds to <see cref="BlockBudget"/>, so a long file is not cut where a short one is not.</summary>
    public static readonly TimeSpan LineBudget = TimeSpan.FromMilliseconds(10);

    // Fence names writers use (from Pygments, highlight.js and GitHub's linguist) that shiki does not list, by the grammar they mean.
    private static readonly Dictionary<string, string[]> ExtraAliases = new(StringComparer.Ordinal)
    {
        ["asm"] = ["nasm", "x86asm", "assembly"],
        ["bat"] = ["dosbatch", "winbatch"],
        ["elixir"] = ["ex", "exs"],
        ["groovy"] = ["gradle"],
        ["ini"] = ["cfg", "dosini", "editorconfig", "gitconfig"],
        ["make"] = ["mk", "mf", "bsdmake"],
        ["matlab"] = ["octave"],
        ["nginx"] = ["nginxconf"],
        ["ocaml"] = ["ml", "mli"],
        ["perl"] = ["pl", "pm"],
        ["racket"] = ["rkt"],
        ["scheme"] = ["scm"],
        ["solidity"] = ["sol"],
        ["system-verilog"] = ["systemverilog", "sv", "svh"],
        ["verilog"] = ["vlog"],
        ["vhdl"] = ["vhd"],
        ["wolfram"] = ["mathematica", "mma"],
    };

    // Corrections to a grammar's tokens where it colours what VS Code's reader would not see so (each documented with it).
    private static readonly Dictionary<string, TokenRule> Rules = new(StringComparer.Ordinal)
    {
        ["powershell"] = PowerShellArguments.Apply,
    };

    /// <summary>
    /// Hand-written languages whose grammar agrees better with VS Code (shiki) than the lexer does, with that grammar:
    /// these are highlighted by the grammar when the TextMate languages are in use. Measured by the differential test
    /// (docs/highlighting-agreement.md shows both engines for every language that has both); the core languages keep
    /// their lexers, which meet the targets and run hundreds of times faster, and MySQL keeps its own, since shiki's one
    /// SQL grammar has no <c>#</c> comments.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> PreferredGrammars { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bash"] = "shellscript",
        ["css"] = "css",
        ["diff"] = "diff",
        ["dockerfile"] = "docker",
        ["latex"] = "latex",
        ["less"] = "less",
        ["markdown"] = "markdown",
        ["postgresql"] = "sql",
        ["powershell"] = "powershell",
        ["sql"] = "sql",
    };

    /// <summary>One language per embedded grammar, sharing one pool of grammar sessions.</summary>
    public static IReadOnlyList<HighlightLanguage> Create() => Create(BlockBudget, LineBudget);

    internal static IReadOnlyList<HighlightLanguage> Create(TimeSpan blockBudget, TimeSpan lineBudget)
    {
        var sessions = new GrammarSessionPool(GrammarCatalog.Embedded);
        var languages = sessions.Catalog.Languages.Select(g => new HighlightLanguage(g.Name, new TextMateLexer(sessions, g.ScopeName, blockBudget, lineBudget) { Rule = Rules.GetValueOrDefault(g.Name) },
            [.. g.Aliases, .. ExtraAliases.GetValueOrDefault(g.Name, [])])).ToList();
        var byName = languages.ToDictionary(l => l.Name, StringComparer.Ordinal);
        return [.. languages, .. PreferredGrammars.Select(p => new HighlightLanguage(p.Key, byName[p.Value].Lexer, replacesHandWritten: true))];
    }
}
