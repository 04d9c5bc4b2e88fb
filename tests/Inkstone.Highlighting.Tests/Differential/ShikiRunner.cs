using System.Diagnostics;
using System.Text.Json;
using Inkstone.Highlighting.TextMate;

namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>
/// Runs the pinned shiki (tests/shiki, installed by tests/setup.sh) over the corpus in one node process and reads
/// its tokens' scopes through Inkstone's own scope table (<see cref="ScopeClassifier"/>), so the comparison is of
/// what each highlighter recognises, not of two colour schemes.
/// </summary>
internal static class ShikiRunner
{
    public static string Folder => Path.Combine(DifferentialCorpus.TestsRoot(), "shiki");

    public static IReadOnlyList<CoarseCategory[]> Categorize(IReadOnlyList<DifferentialBlock> blocks)
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "shiki", "package.json")))
        {
            Assert.Fail("shiki is missing: run tests/setup.sh, which installs it from tests/shiki/package-lock.json.");
        }

        var start = new ProcessStartInfo("node", "tokens.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(JsonSerializer.Serialize(blocks.Select(b => new Dictionary<string, string> { ["lang"] = b.ShikiLanguage, ["code"] = b.Code })));
        node.StandardInput.Close();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"node tokens.mjs failed: {errors.Result}");

        using var json = JsonDocument.Parse(output.Result);
        var result = new List<CoarseCategory[]>();
        var i = 0;
        foreach (var block in json.RootElement.EnumerateArray())
        {
            result.Add(Categorize(blocks[i++].Code, block.GetProperty("tokens")));
        }

        return result;
    }

    private static CoarseCategory[] Categorize(string code, JsonElement tokens)
    {
        var lineStarts = LineStarts(code);
        var categories = new CoarseCategory[code.Length];
        var (previous, previousEnd) = (TokenKind.Text, -1);
        foreach (var token in tokens.EnumerateArray())
        {
            var line = token[0].GetInt32();
            var from = lineStarts[line] + token[1].GetInt32();
            var to = Math.Min(code.Length, from + token[2].GetInt32());
            var scopes = token[3].GetString()!.Split(' ');
            var kind = ScopeClassifier.Classify(scopes, code.AsSpan(from, to - from));
            if (kind == TokenKind.Text && previous == TokenKind.Variable && previousEnd == from && ScopeClassifier.IsVariable(scopes))
            {
                kind = TokenKind.Variable; // as TextMateLexer joins a name to its sigil
            }

            (previous, previousEnd) = (kind, to);
            categories.AsSpan(from, to - from).Fill(CoarseCategories.Of(kind));
        }

        return categories;
    }

    /// <summary>Where each line starts, splitting at LF, CRLF and CR as both highlighters do.</summary>
    public static List<int> LineStarts(string code)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '\r' && i + 1 < code.Length && code[i + 1] == '\n')
            {
                i++;
            }

            if (code[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
