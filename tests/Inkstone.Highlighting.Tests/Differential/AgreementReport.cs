using System.Globalization;
using System.Text;

namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>Writes docs/highlighting-agreement.md: the figures per language and, for each, the commonest differences.</summary>
internal static class AgreementReport
{
    public static string Write(IReadOnlyList<LanguageAgreement> languages, int blocks)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            # Highlighting agreement with shiki

            Written by `INKSTONE_UPDATE_AGREEMENT=1 dotnet test tests/Inkstone.Highlighting.Tests -c Release --filter Category=Differential`
            (`ShikiDifferentialTests`): {blocks} blocks in {languages.Count} languages, highlighted by Inkstone and by shiki 4.6.0
            (pinned in `tests/shiki/package-lock.json`), compared character by character (white space left out) in coarse
            categories: keyword, type, name, string, comment, number, punctuation, key/tag, plain. shiki's scopes are read
            through Inkstone's scope table (`ScopeClassifier`), so for a TextMate language this compares the engines
            (TextMateSharp against vscode-textmate) on the same grammar, and for a core language the hand-written lexer
            against VS Code's grammar. Targets: 95 % for core languages, 90 % for the rest, under 0.1 % of characters on
            the wrong side of a string or comment boundary. The corpus is assembled at test time (`DifferentialCorpus`):
            Inkstone's own samples and snippets, and files pinned installs put on the machine (Python's standard library,
            shiki's JavaScript and TypeScript, the .NET SDK's MSBuild targets).

            | language | engine | blocks | characters | agreement | across string/comment | commonest differences (Inkstone → shiki: characters) | reviewed |
            | --- | --- | ---: | ---: | ---: | ---: | --- | --- |

            """);
        foreach (var l in languages)
        {
            var differences = string.Join(", ", l.Differences.OrderByDescending(d => d.Value).Take(3).Select(d => $"{Name(d.Key.Inkstone)} → {Name(d.Key.Shiki)}: {d.Value}"));
            var reviewed = ReviewedExceptions.Languages.TryGetValue(l.Language, out var exception) ? exception.Reason : "";
            text.Append(CultureInfo.InvariantCulture,
                $"| {l.Language} | {(l.Core ? "hand-written" : "TextMate")} | {l.Blocks} | {l.Characters} | {l.Agreement:P1} | {l.AcrossRate:P2} | {differences} | {reviewed} |\n");
        }

        var core = languages.Where(l => l.Core).ToList();
        var grammars = languages.Where(l => !l.Core).ToList();
        text.Append(CultureInfo.InvariantCulture, $"""

            In all: {core.Count(Meets)} of {core.Count} core languages meet the targets (the others' differences are the
            hand-written lexers' choices, which their golden files fix, or shiki's, as MySQL's `#` comments); {grammars.Count(Meets)} of
            {grammars.Count} TextMate languages do, the engines agreeing on every character of {grammars.Count(l => l.Agreeing == l.Characters)} of them.
            A reviewed language is held to a floor a point under its figure when reviewed (`ReviewedExceptions`).

            """);
        return text.ToString();
    }

    private static bool Meets(LanguageAgreement l) => l.Agreement >= (l.Core ? 0.95 : 0.90) && l.AcrossRate < 0.001;

    private static string Name(CoarseCategory category) => category.ToString().ToLowerInvariant();
}
