using System.Globalization;
using System.Text;
using Inkstone.Highlighting.Lexers;
using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>Writes docs/highlighting-agreement.md: the figures per language and, for each, the commonest differences.</summary>
internal static class AgreementReport
{
    public static string Write(IReadOnlyList<LanguageAgreement> languages, int blocks, SyntaxHighlighter build)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # Highlighting agreement with shiki

            Written by `INKSTONE_UPDATE_AGREEMENT=1 dotnet test tests/Inkstone.Highlighting.Tests -c Release --filter Category=Differential`
            (`ShikiDifferentialTests`): {blocks} blocks in {languages.Count} languages, highlighted by Inkstone and by shiki 4.6.0
            (pinned in `tests/shiki/package-lock.json`), compared character by character (white space left out) in coarse
            categories: keyword, type, name, string, comment, number, punctuation, key/tag, plain. shiki's scopes are read
            through Inkstone's scope table (`ScopeClassifier`), so for a language highlighted by a grammar this compares the
            engines (TextMateSharp against vscode-textmate) on the same grammar, and for a hand-written lexer the lexer
            against VS Code's grammar. Targets: 95 % for core languages, 90 % for the rest, under 0.1 % of characters on
            the wrong side of a string or comment boundary. The corpus is assembled at test time (`DifferentialCorpus`):
            Inkstone's own samples and snippets, and files pinned installs put on the machine (Python's standard library,
            shiki's JavaScript and TypeScript, the .NET SDK's MSBuild targets).

            For a language with both a hand-written lexer and a grammar, the engine not chosen is measured on the same
            blocks too (the last column), so the table shows that each choice is the better one (`TextMateLanguages.PreferredGrammars`
            lists the languages the grammar highlights).

            | language | engine | blocks | characters | agreement | across string/comment | commonest differences (Inkstone → shiki: characters) | reviewed | the other engine: agreement, across |
            | --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- |

            """);
        foreach (var l in languages)
        {
            var differences = string.Join(", ", l.Differences.OrderByDescending(d => d.Value).Take(3).Select(d => $"{Name(d.Key.Inkstone)} → {Name(d.Key.Shiki)}: {d.Value}"));
            var reviewed = ReviewedExceptions.Languages.TryGetValue(l.Language, out var exception) ? exception.Reason : "";
            text.Append(CultureInfo.InvariantCulture,
                $"| {l.Language} | {EngineName(l.Engine)} | {l.Blocks} | {l.Characters} | {l.Agreement:P1} | {l.AcrossRate:P2} | {differences} | {reviewed} | {Alternative(l.Alternative)} |\n");
        }

        var characters = languages.Sum(l => l.Characters);
        var agreeing = (double)languages.Sum(l => l.Agreeing) / characters;
        var across = (double)languages.Sum(l => l.AcrossStringOrComment) / characters;
        var unreviewed = languages.Where(l => !ReviewedExceptions.Languages.ContainsKey(l.Language)).ToList();
        var agreeingUnreviewed = (double)unreviewed.Sum(l => l.Agreeing) / unreviewed.Sum(l => l.Characters);
        var acrossUnreviewed = (double)unreviewed.Sum(l => l.AcrossStringOrComment) / unreviewed.Sum(l => l.Characters);
        var core = languages.Where(l => l.Core).ToList();
        var grammars = languages.Where(l => !l.Core).ToList();
        text.Append(CultureInfo.InvariantCulture, $"""

            In all: {core.Count(Meets)} of {core.Count} languages with a hand-written lexer meet the targets with the engine chosen for them
            ({core.Count(l => l.Engine == Engine.Grammar)} of them through their grammar, which agrees better; the others' differences are reviewed
            below, as MySQL's `#` comments, which shiki's SQL grammar lacks); {grammars.Count(Meets)} of {grammars.Count} languages only a grammar
            has do, the engines agreeing on every character of {grammars.Count(l => l.Agreeing == l.Characters)} of them.

            Over the whole corpus ({characters:N0} characters): {agreeing:P1} agree and {across:P3} are on the wrong side of a string or
            comment boundary (target under 0.1 %); without the reviewed exceptions, {agreeingUnreviewed:P1} and {acrossUnreviewed:P3}.

            ## Reviewed exceptions

            A reviewed language is held to a floor a point under its figure when reviewed (`ReviewedExceptions`).

            | language | agreement | across string/comment | floor: agreement, across | reason |
            | --- | ---: | ---: | --- | --- |

            """);
        foreach (var l in languages.Where(l => ReviewedExceptions.Languages.ContainsKey(l.Language)))
        {
            var reviewed = ReviewedExceptions.Languages[l.Language];
            text.Append(CultureInfo.InvariantCulture, $"| {l.Language} | {l.Agreement:P1} | {l.AcrossRate:P2} | {reviewed.MinimumAgreement:P0}, {reviewed.MaximumAcross:P2} | {reviewed.Reason} |\n");
        }

        var named = build.Languages.Count(l => build.TryResolve(l.Name, out var resolved) && resolved == l);
        var names = build.Languages.SelectMany(l => l.Aliases.Prepend(l.Name)).Select(n => n.ToLowerInvariant()).Distinct().Count();
        text.Append(CultureInfo.InvariantCulture, $"""

            ## Languages by fence name

            A build resolves {named} languages by their own fence name ({names} names and aliases in all), {build.Languages.Count(l => l.Lexer is TextMateLexer or ShellBlockLexer { Script: TextMateLexer })} of them
            through a grammar; `TextMateLanguageResolutionTests` holds the count at 150 or more.

            """);
        return text.ToString();
    }

    private static string EngineName(Engine engine) => engine == Engine.Grammar ? "TextMate" : "hand-written";

    private static string Alternative(LanguageAgreement? l) =>
        l is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{EngineName(l.Engine)}: {l.Agreement:P1}, {l.AcrossRate:P2}");

    private static bool Meets(LanguageAgreement l) => l.Agreement >= (l.Core ? 0.95 : 0.90) && l.AcrossRate < 0.001;

    private static string Name(CoarseCategory category) => category.ToString().ToLowerInvariant();
}
