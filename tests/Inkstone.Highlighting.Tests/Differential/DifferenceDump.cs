using System.Text;

namespace Inkstone.Highlighting.Tests.Differential;

/// <summary>Each line where the highlighters differ, with a row of category letters under it for each: what to read when a figure drops.</summary>
internal static class DifferenceDump
{
    private const string Letters = ".KTNSCNPG";

    public static string Write(string code, CoarseCategory[] inkstone, CoarseCategory[] shiki)
    {
        var text = new StringBuilder();
        var starts = ShikiRunner.LineStarts(code);
        for (var line = 0; line < starts.Count; line++)
        {
            var from = starts[line];
            var to = line + 1 < starts.Count ? starts[line + 1] : code.Length;
            while (to > from && code[to - 1] is '\n' or '\r')
            {
                to--;
            }

            var differs = false;
            for (var i = from; i < to; i++)
            {
                differs |= !char.IsWhiteSpace(code[i]) && inkstone[i] != shiki[i];
            }

            if (differs)
            {
                text.Append("   ").Append(code, from, to - from).Append('\n');
                text.Append("ink").Append(Row(inkstone, from, to)).Append('\n');
                text.Append("shk").Append(Row(shiki, from, to)).Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static string Row(CoarseCategory[] categories, int from, int to) =>
        string.Concat(categories.AsSpan(from, to - from).ToArray().Select(c => c == CoarseCategory.Number ? '9' : Letters[(int)c]));
}
